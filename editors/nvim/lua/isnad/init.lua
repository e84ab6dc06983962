-- isnad for Neovim: starts `isnad lsp` for Markdown and text buffers.
--
--   require("isnad").setup{
--     cmd = { "isnad", "lsp" },        -- or a path to the binary as a string
--     filetypes = { "markdown", "text" },
--     root_markers = { "isnad.toml", ".git" },
--     rtl = false,                      -- true: right-to-left display and Arabic shaping
--     settings = {                      -- sent as initializationOptions and as the
--       locale = nil,                   -- `isnad` section of workspace/configuration
--       debounceMs = 75,
--       rules = { ["anonymous-source"] = "off" },
--       inlayHints = true,              -- the speaker after each quotation (the default)
--     },
--   }
--
-- Neovim >= 0.11 uses vim.lsp.config/vim.lsp.enable; 0.8-0.10 use vim.lsp.start; 0.7 uses
-- vim.lsp.start_client + vim.lsp.buf_attach_client.
--
-- The workspace (the folder whose drafts are indexed for names across stories) is the nearest
-- folder above the draft holding one of `root_markers`; a draft with none above it is checked
-- alone, with no workspace.

local M = {}

M.defaults = {
  cmd = { "isnad", "lsp" },
  filetypes = { "markdown", "text" },
  root_markers = { "isnad.toml", ".git" },
  rtl = false,
  settings = {},
}

--- The options in effect after setup().
M.options = nil

-- The server is `isnad lsp`: a command given as the binary alone, a string or a one-element
-- table ({ "/path/to/isnad" }), gets its "lsp" argument, since `isnad` with no subcommand only
-- prints its usage and exits with status 2 (Neovim then shows nothing but "exit code 2").
local function normalize(opts)
  opts = vim.tbl_deep_extend("force", vim.deepcopy(M.defaults), opts or {})
  if type(opts.cmd) == "string" then
    opts.cmd = { opts.cmd, "lsp" }
  elseif type(opts.cmd) == "table" and #opts.cmd == 1 then
    opts.cmd = { opts.cmd[1], "lsp" }
  end
  return opts
end

--- The isnad client attached to `bufnr` (0: the current buffer), or nil.
function M.client(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local list = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr })
    or vim.lsp.buf_get_clients(bufnr)
  for _, c in pairs(list) do
    if c.name == "isnad" then
      return c
    end
  end
  return nil
end

--- Opens the fact-check review sheet of the current buffer's draft (`format`: "markdown", the
--- default, or "html") in a new window, through the server's `isnad.review` command. Needs only
--- this plugin's setup{}, no other LSP plugin; says why when no isnad server is attached.
function M.review(format)
  local bufnr = vim.api.nvim_get_current_buf()
  local client = M.client(bufnr)
  if client == nil then
    vim.notify(
      'isnad: no isnad server is attached to this buffer; call require("isnad").setup{} '
        .. "(no other LSP plugin is needed) and open a Markdown or text draft",
      vim.log.levels.ERROR
    )
    return false
  end
  local params = {
    command = "isnad.review",
    arguments = { { uri = vim.uri_from_bufnr(bufnr), format = format or "markdown" } },
  }
  vim.lsp.buf_request(bufnr, "workspace/executeCommand", params, function(err, sheet, ctx)
    if ctx and ctx.client_id ~= client.id then
      return
    end
    if err or type(sheet) ~= "string" then
      vim.notify("isnad: review failed: " .. vim.inspect(err), vim.log.levels.ERROR)
      return
    end
    vim.cmd("vnew")
    vim.bo.filetype = (format == "html") and "html" or "markdown"
    vim.api.nvim_buf_set_lines(0, 0, -1, false, vim.split(sheet, "\n"))
  end)
  return true
end

-- Settings as a JSON object even when empty (an empty Lua table would be encoded as `[]`).
local function settings_object(settings)
  if settings == nil or vim.tbl_isempty(settings) then
    return vim.empty_dict()
  end
  return settings
end

--- The directory of `bufnr` holding one of `markers`, searching upwards; nil when none does.
function M.find_root(bufnr, markers)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == "" then
    return nil
  end
  local dir = vim.fn.fnamemodify(name, ":p:h")
  while dir and dir ~= "" do
    for _, marker in ipairs(markers) do
      local path = dir .. "/" .. marker
      if vim.fn.filereadable(path) == 1 or vim.fn.isdirectory(path) == 1 then
        return dir
      end
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      break
    end
    dir = parent
  end
  return nil
end

local function client_config(opts, root)
  local settings = settings_object(opts.settings)
  return {
    name = "isnad",
    cmd = opts.cmd,
    root_dir = root,
    init_options = settings,
    settings = { isnad = settings },
  }
end

-- Clients started by the pre-0.8 path, by root directory (single-file buffers share "").
local started = {}

--- Attaches isnad to `bufnr` on Neovim 0.7-0.10.
function M.attach(bufnr)
  local opts = M.options or normalize({})
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if vim.bo[bufnr].buftype ~= "" then
    return
  end
  -- No marker above the draft: no root, as vim.lsp.enable does on 0.11, so the server checks the
  -- draft alone instead of indexing whatever folder Neovim was started in (a home directory).
  local root = M.find_root(bufnr, opts.root_markers)
  local config = client_config(opts, root)
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local key = root or ""
  local id = started[key]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    id = vim.lsp.start_client(config)
    started[key] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

local function is_draft(bufnr, opts)
  return vim.tbl_contains(opts.filetypes, vim.bo[bufnr].filetype)
end

-- Right-to-left display and Arabic shaping ('rightleft' is per window, 'arabicshape' global).
local function set_rtl(opts)
  local group = vim.api.nvim_create_augroup("isnad_rtl", { clear = true })
  vim.api.nvim_create_autocmd({ "FileType", "BufWinEnter" }, {
    group = group,
    callback = function(ev)
      if is_draft(ev.buf, opts) and vim.api.nvim_get_current_buf() == ev.buf then
        vim.wo.rightleft = true
        vim.o.arabicshape = true
      end
    end,
  })
end

--- True when Neovim detects filetypes (`:filetype on`, the default unless started with `-u NONE`).
function M.filetype_detection()
  return vim.fn.exists("#filetypedetect") == 1
end

-- isnad attaches by filetype: with detection off (`nvim -u NONE`, `:filetype off`) no buffer
-- ever gets one, so say so once, after startup (Neovim >= 0.8 turns detection on only after
-- the user's init file has run, so checking inside setup() would warn for nothing).
local function warn_without_filetypes()
  local function check()
    if not M.filetype_detection() then
      vim.notify(
        "isnad: filetype detection is off (nvim -u NONE or :filetype off), so no draft is attached;"
          .. " run :filetype on, then :edit the draft",
        vim.log.levels.WARN
      )
    end
  end
  if vim.v.vim_did_enter == 1 then
    check()
  else
    vim.api.nvim_create_autocmd("VimEnter", { once = true, callback = check })
  end
end

--- Sets isnad up; see the top of this file for the options.
function M.setup(opts)
  opts = normalize(opts)
  M.options = opts
  warn_without_filetypes()
  vim.api.nvim_create_user_command("IsnadReview", function(c)
    M.review(c.args ~= "" and c.args or nil)
  end, { nargs = "?", desc = "isnad: fact-check review sheet of this draft (markdown or html)" })
  if opts.rtl then
    set_rtl(opts)
  end
  if vim.lsp.config and vim.lsp.enable then
    local config = client_config(opts, nil)
    config.root_dir = nil
    config.filetypes = opts.filetypes
    config.root_markers = opts.root_markers
    vim.lsp.config("isnad", config)
    vim.lsp.enable("isnad")
    return
  end
  local group = vim.api.nvim_create_augroup("isnad_lsp", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = opts.filetypes,
    callback = function(ev)
      M.attach(ev.buf)
    end,
  })
  -- Buffers already open when setup() runs.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and is_draft(bufnr, opts) then
      M.attach(bufnr)
    end
  end
end

return M
