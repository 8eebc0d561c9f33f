-- Drives Neovim's built-in LSP client against `clawc lsp` without a UI (run by nvim-headless.sh):
-- opens FILE, waits for the diagnostics the server publishes, asks for completions at a few places,
-- hovers on the primary model ref, and prints what it received on stdout. Works on Neovim 0.7+.
local clawc = assert(vim.env.CLAWC, "set CLAWC to the clawc launcher")
local file = assert(vim.env.FILE, "set FILE to the config to open")
local out = function(line) io.stdout:write(line .. "\n") end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "clawc",
  cmd = { clawc, "lsp" },
  root_dir = vim.fn.fnamemodify(file, ":p:h"),
  init_options = { debounceMs = 0, openclawVersion = vim.env.OPENCLAW_VERSION },
})
vim.lsp.buf_attach_client(buf, client_id)

local ok = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local names = { "error", "warning", "info", "hint" }
out(("diagnostics for %s (%s):"):format(vim.fn.fnamemodify(file, ":."), ok and "received" or "none within 30 s"))
for _, d in ipairs(vim.diagnostic.get(buf)) do
  out(("  %d:%d %s[%s] %s"):format(d.lnum + 1, d.col + 1, names[d.severity], d.code or "?",
    vim.split(d.message, "\n")[1]))
end

-- the first occurrence of `pattern` on the buffer's lines, as a 0-based position `shift` characters after it
local function find(pattern, shift)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local s = line:find(pattern, 1, true)
    if s then return { line = i - 1, character = s - 1 + shift } end
  end
end

local function complete(title, position, prefix)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = position }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/completion", params, 15000) or {}
  local labels = {}
  for _, response in pairs(responses) do
    local result = response.result or {}
    for _, item in ipairs(result.items or result) do
      if prefix == nil or item.label:sub(1, #prefix) == prefix then
        table.insert(labels, item.label .. (item.detail and ("  (" .. item.detail .. ")") or ""))
      end
    end
  end
  out(("completion %s at %d:%d: %d items"):format(title, position.line + 1, position.character + 1, #labels))
  for i = 1, math.min(#labels, 8) do out("  " .. labels[i]) end
  if #labels > 8 then out("  ...") end
end

complete("of a key in agents.defaults", find("model:", 0), "mo")
complete("of a model ref (`openrouter/anthropic/` typed)", find('"openrouter/anthropic/', #'"openrouter/anthropic/'), "openrouter/anthropic/")
complete("of a cacheRetention value", find('"none"', 1), nil)

local position = find('"openrouter/anthropic/claude-3.5-sonnet"', 3)
local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover",
  { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = position }, 15000) or {}
for _, response in pairs(hover) do
  if response.result then
    out(("hover at %d:%d (first lines):"):format(position.line + 1, position.character + 1))
    local lines = vim.split(response.result.contents.value, "\n")
    for i = 1, math.min(#lines, 14) do out("  " .. lines[i]) end
  end
end

vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd("qa!")
