-- clawc language server for Neovim's built-in LSP client (Neovim 0.8+).
-- Put this file in your config (e.g. ~/.config/nvim/after/plugin/clawc.lua) and make sure `clawc` is on PATH
-- (or set CLAWC to the launcher's path). It starts for openclaw.json / openclaw.json5 and every *.json5.
local clawc = vim.env.CLAWC or "clawc"

vim.filetype.add({
  extension = { json5 = "json5" },
  filename = { ["openclaw.json"] = "json5" },
})

vim.api.nvim_create_autocmd("FileType", {
  pattern = { "json5" },
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    local root = vim.fs.dirname(vim.fs.find({ "openclaw.json", "openclaw.json5" },
      { upward = true, path = vim.fs.dirname(file) })[1] or file)
    vim.lsp.start({
      name = "clawc",
      cmd = { clawc, "lsp" },
      root_dir = root,
      -- the same settings as check's options; all optional
      init_options = {
        -- openclawVersion = "2026.9.6",
        -- envFiles = { vim.fn.expand("~/.openclaw/.env") },
        -- rules = { ["bare-model-ref"] = "error" },
        debounceMs = 150,
      },
    })
  end,
})
