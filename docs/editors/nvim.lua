-- clawc language server for Neovim's built-in LSP client (Neovim 0.7+, Debian's `neovim` included).
-- Put this file in your config (e.g. ~/.config/nvim/plugin/clawc.lua) with `clawc` on PATH, or set
-- CLAWC to the launcher's path. It starts for openclaw.json and every *.json5 file.
local clawc = vim.env.CLAWC or "clawc"
local clients = {} -- one server per root directory

-- the settings `clawc check` takes as options; all optional
local init_options = {
  -- openclawVersion = "2026.9.6",
  -- envFiles = { vim.fn.expand("~/.openclaw/.env") },
  -- rules = { ["bare-model-ref"] = "error" },
  debounceMs = 150,
}

local function attach(buf)
  local file = vim.api.nvim_buf_get_name(buf)
  local dir = vim.fn.fnamemodify(file, ":p:h")
  -- the directory of the nearest openclaw.json(5) at or above the file: includes are analyzed through it
  local found = vim.fn.findfile("openclaw.json", dir .. ";")
  if found == "" then found = vim.fn.findfile("openclaw.json5", dir .. ";") end
  local root = found ~= "" and vim.fn.fnamemodify(found, ":p:h") or dir
  if not clients[root] or vim.lsp.get_client_by_id(clients[root]) == nil then
    clients[root] = vim.lsp.start_client({
      name = "clawc",
      cmd = { clawc, "lsp" },
      root_dir = root,
      init_options = init_options,
    })
  end
  vim.lsp.buf_attach_client(buf, clients[root])
end

vim.api.nvim_create_autocmd({ "BufReadPost", "BufNewFile" }, {
  pattern = { "*.json5", "openclaw.json" },
  callback = function(args) attach(args.buf) end,
})
