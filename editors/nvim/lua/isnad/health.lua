-- :checkhealth isnad: is the binary found, and which version is it?

local M = {}

local function reporter()
  local h = vim.health
  if h and h.start then -- Neovim 0.10+
    return h.start, h.ok, h.warn, h.error, h.info
  end
  if h and h.report_start then -- 0.8-0.9
    return h.report_start, h.report_ok, h.report_warn, h.report_error, h.report_info
  end
  local old = require("health") -- 0.7
  return old.report_start, old.report_ok, old.report_warn, old.report_error, old.report_info
end

function M.check()
  local start, ok, warn, error, info = reporter()
  start("isnad")
  local isnad = require("isnad")
  local opts = isnad.options or isnad.defaults
  local cmd = opts.cmd
  if type(cmd) == "string" then
    cmd = { cmd }
  end
  local bin = cmd[1]
  if isnad.options == nil then
    warn('require("isnad").setup{} has not been called')
  end
  if vim.fn.executable(bin) ~= 1 then
    error(
      ("`%s` not found or not executable"):format(bin),
      { "Build it with `cargo install --path .` or set cmd = { '/path/to/isnad', 'lsp' } in setup{}" }
    )
    return
  end
  ok(("found `%s` (%s)"):format(bin, vim.fn.exepath(bin)))
  if not vim.tbl_contains(cmd, "lsp") then
    warn(
      ("cmd = %s has no \"lsp\" argument: `isnad` without it prints its usage and exits"):format(
        vim.inspect(cmd)
      ),
      { 'Use cmd = { "/path/to/isnad", "lsp" } or the binary alone as a string' }
    )
  end
  local out = vim.fn.system({ bin, "--version" })
  if vim.v.shell_error == 0 then
    ok(("version: %s"):format(vim.trim(out)))
  else
    error(("`%s --version` failed: %s"):format(bin, vim.trim(out)))
  end
  if isnad.filetype_detection() then
    ok("filetype detection is on (drafts are attached by filetype: " .. table.concat(opts.filetypes, ", ") .. ")")
  else
    warn("filetype detection is off (nvim -u NONE or :filetype off): no draft gets a filetype, so none is attached", {
      "Run `:filetype on`, then `:edit` the draft, or start Neovim with your configuration",
    })
  end
  local how
  if vim.fn.has("nvim-0.11") == 1 then
    how = "vim.lsp.enable (Neovim >= 0.11)"
  elseif vim.lsp.start then
    how = "vim.lsp.start (Neovim 0.8-0.10)"
  else
    how = "vim.lsp.start_client (Neovim 0.7)"
  end
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  local running = 0
  for _, client in ipairs(get()) do
    if client.name == "isnad" then
      running = running + 1
    end
  end
  if running > 0 then
    ok(("%d isnad client(s) running, started with %s"):format(running, how))
  else
    info(("no isnad client running yet: it starts with %s when a draft is opened"):format(how))
  end
end

return M
