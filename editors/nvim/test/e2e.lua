-- End-to-end test in a real editor: headless Neovim attaches `isnad lsp` to an Arabic Markdown
-- buffer through the plugin, reads the diagnostics back, applies the quick fix for the name
-- variant and checks the buffer text; then, on a second draft, lists the references of a name
-- spelled two ways and renames it. Exits 0 on success, 1 on failure.
--
-- Run with: ISNAD_BIN=/abs/path/to/isnad nvim --headless -u NONE -i NONE -n -c 'luafile e2e.lua'
-- (run.sh does this, under `timeout`). Works on Neovim 0.7 (no -l there) and 0.11.

local script = debug.getinfo(1, "S").source:sub(2)
local plugin_dir = vim.fn.fnamemodify(script, ":p:h:h")

local function log(msg)
  io.stdout:write(msg .. "\n")
end

local function fail(msg)
  io.stdout:write("FAIL: " .. tostring(msg) .. "\n")
  io.stdout:flush()
  vim.cmd("cquit 1")
end

local function check(cond, msg)
  if not cond then
    error(msg, 2)
  end
end

local DRAFT = {
  "دمشق - سانا",
  "",
  "أكّد اللواءُ علي مملوك أن التعاون الأمنيَّ مستمر.",
  "",
  "وأجرى اللواء مملوك مباحثاتٍ في طهران، وقال مصدر مطلع إن الزيارة ناجحة.",
  "",
  "وقال 🚨 والمملوك 👍🏽 إن الأمن مستقر.",
  "",
  "وأضاف وزير الطاقة سامر الخطيب أن الشبكة ستعود للعمل.",
  "",
  "«سنعيد التيار الكهربائي إلى كل الأحياء خلال يومين»",
}

-- The clients attached to `buf`, as a list (Neovim 0.7's buf_get_clients is keyed by client id).
local function clients(buf)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = buf })
  end
  local list = {}
  for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
    table.insert(list, c)
  end
  return list
end

local function by_code(buf, code)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local c = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if c == code then
      table.insert(out, d)
    end
  end
  return out
end

-- The LSP form of a vim diagnostic, with its range in the client's encoding.
local function to_lsp(buf, d, enc)
  local lsp = vim.deepcopy((d.user_data and d.user_data.lsp) or {})
  if lsp.range == nil then
    local function char(lnum, col)
      local line = vim.api.nvim_buf_get_lines(buf, lnum, lnum + 1, false)[1] or ""
      if enc == "utf-8" then
        return col
      end
      local u32, u16 = vim.str_utfindex(line, col)
      return enc == "utf-16" and u16 or u32
    end
    lsp.range = {
      start = { line = d.lnum, character = char(d.lnum, d.col) },
      ["end"] = { line = d.end_lnum, character = char(d.end_lnum, d.end_col) },
    }
  end
  lsp.message = lsp.message or d.message
  lsp.source = lsp.source or d.source
  lsp.code = lsp.code or d.code
  lsp.severity = lsp.severity or d.severity
  return lsp
end

-- A story that spells one name two ways (with and without the hamza seat), for the names-as-
-- symbols checks.
local NAMES = {
  "أنقرة - الأناضول",
  "",
  "وقال الرئيس التركي أردوغان إن الاقتصاد قوي.",
  "",
  "وأضاف اردوغان أن التضخم سينخفض.",
}

-- Names as symbols through Neovim's own commands: `vim.lsp.buf.references` fills the quickfix
-- list with both spellings, `vim.lsp.buf.rename` (prepareRename, then rename) respells both.
-- Both run on Neovim 0.7.2 and 0.11 (the same commands exist in both).
local function names_check(dir)
  local path = dir .. "/stories/names.md"
  vim.fn.writefile(NAMES, path)
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  local attached = vim.wait(15000, function()
    return clients(buf)[1] ~= nil and #by_code(buf, "name-variant") > 0
  end, 10)
  check(attached, "names.md: no client or no name-variant diagnostic: " .. vim.inspect(vim.diagnostic.get(buf)))

  -- Byte columns (1-based) of the two spellings.
  local c3 = NAMES[3]:find("أردوغان", 1, true)
  local c5 = NAMES[5]:find("اردوغان", 1, true)
  vim.fn.setqflist({}, "r")
  vim.api.nvim_win_set_cursor(0, { 5, c5 + 1 })
  vim.lsp.buf.references()
  local listed = vim.wait(15000, function()
    return #vim.fn.getqflist() >= 2
  end, 10)
  local qf = vim.fn.getqflist()
  check(listed, "references: quickfix list " .. vim.inspect(qf))
  local got = {}
  for _, item in ipairs(qf) do
    table.insert(got, ("%s:%d:%d"):format(vim.fn.bufname(item.bufnr):match("[^/]+$"), item.lnum, item.col))
  end
  local want = { ("names.md:3:%d"):format(c3), ("names.md:5:%d"):format(c5) }
  check(vim.deep_equal(got, want), "references: " .. vim.inspect(got) .. ", expected " .. vim.inspect(want))
  vim.cmd("cclose")

  vim.api.nvim_set_current_buf(buf)
  vim.api.nvim_win_set_cursor(0, { 5, c5 + 1 })
  vim.lsp.buf.rename("إردوغان")
  local want_lines = vim.deepcopy(NAMES)
  want_lines[3] = NAMES[3]:gsub("أردوغان", "إردوغان")
  want_lines[5] = NAMES[5]:gsub("اردوغان", "إردوغان")
  local renamed = vim.wait(15000, function()
    return vim.deep_equal(vim.api.nvim_buf_get_lines(buf, 0, -1, false), want_lines)
  end, 10)
  check(renamed, "rename: buffer is " .. vim.inspect(vim.api.nvim_buf_get_lines(buf, 0, -1, false)))
end

-- A draft with no root marker above it gets no workspace: the server checks it alone and does not
-- index the folder Neovim was started in (here one holding an isnad.toml and other drafts).
local function lone_check(dir)
  vim.o.hidden = true
  local lone = vim.fn.tempname() .. "/lone"
  vim.fn.mkdir(lone, "p")
  local path = lone .. "/draft.md"
  vim.fn.writefile(DRAFT, path)
  vim.cmd("cd " .. vim.fn.fnameescape(dir))
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  local attached = vim.wait(15000, function()
    return clients(buf)[1] ~= nil and #by_code(buf, "name-variant") > 0
  end, 10)
  check(attached, "lone draft: no client or no name-variant diagnostic: " .. vim.inspect(vim.diagnostic.get(buf)))
  local client = clients(buf)[1]
  local root = client.root_dir or (client.config and client.config.root_dir)
  check(root == nil, ("lone draft: root_dir %s, expected none (no root marker)"):format(tostring(root)))
end

-- `:checkhealth isnad` with the client attached: detection on, one client running. The health
-- buffer (a new tab on some versions) is wiped and `buf` shown again.
local function check_health(buf)
  vim.cmd("checkhealth isnad")
  local hb = vim.api.nvim_get_current_buf()
  local text = table.concat(vim.api.nvim_buf_get_lines(hb, 0, -1, false), "\n")
  vim.cmd("bwipeout! " .. hb)
  vim.api.nvim_set_current_buf(buf)
  check(text:find("filetype detection is on", 1, true), "checkhealth: no 'filetype detection is on':\n" .. text)
  check(text:find("1 isnad client(s) running", 1, true), "checkhealth: no running client:\n" .. text)
end

local function main()
  local bin = os.getenv("ISNAD_BIN")
  check(bin and bin ~= "", "ISNAD_BIN is not set")
  check(vim.fn.executable(bin) == 1, "ISNAD_BIN is not executable: " .. bin)
  vim.opt.runtimepath:prepend(plugin_dir)
  vim.cmd("filetype on")

  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir .. "/stories", "p")
  vim.fn.writefile({ "# house style of the test newsroom" }, dir .. "/isnad.toml")
  local path = dir .. "/stories/draft.md"
  vim.fn.writefile(DRAFT, path)

  vim.o.arabicshape = false
  -- The binary alone (no "lsp"): the plugin adds the subcommand.
  require("isnad").setup({ cmd = { bin }, rtl = true, settings = { debounceMs = 0, locale = "en" } })
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  check(vim.bo[buf].filetype == "markdown", "filetype is " .. vim.bo[buf].filetype)
  check(vim.wo.rightleft and vim.o.arabicshape, "rtl = true did not set 'rightleft' and 'arabicshape'")

  local t0 = vim.loop.hrtime()
  local got = vim.wait(15000, function()
    return #by_code(buf, "name-variant") > 0
  end, 10)
  check(got, "no name-variant diagnostic within 15 s; diagnostics: " .. vim.inspect(vim.diagnostic.get(buf)))
  local ms = (vim.loop.hrtime() - t0) / 1e6

  local client = clients(buf)[1]
  check(client, "no isnad client attached")
  check_health(buf)
  local enc = client.offset_encoding
  local root = client.root_dir or (client.config and client.config.root_dir)
  check(root == dir, ("root_dir %s, expected %s (isnad.toml)"):format(tostring(root), dir))

  -- The variant «المملوك» on line 7: vim.diagnostic columns are bytes of the buffer line.
  local v = by_code(buf, "name-variant")[1]
  local line = DRAFT[7]
  local col = line:find("المملوك", 1, true) - 1
  check(v.lnum == 6 and v.col == col and v.end_col == col + #"المملوك",
    ("name-variant at %d:%d-%d, expected 6:%d-%d"):format(v.lnum, v.col, v.end_col, col, col + #"المملوك"))
  check(v.source == "isnad", "source " .. tostring(v.source))
  local q = by_code(buf, "unattributed-quote")[1]
  check(q and q.lnum == 10 and q.col == 0 and q.end_col == #DRAFT[11], "unattributed-quote range: " .. vim.inspect(q))

  -- Ask for the code actions of that diagnostic and apply the preferred quick fix.
  local lsp_diag = to_lsp(buf, v, enc)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = lsp_diag.range,
    context = { diagnostics = { lsp_diag }, only = { "quickfix" } },
  }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000)
  check(responses, "codeAction: no response")
  local action
  for _, r in pairs(responses) do
    check(r.error == nil, "codeAction error: " .. vim.inspect(r.error))
    for _, a in ipairs(r.result or {}) do
      if a.isPreferred and a.kind == "quickfix" and a.diagnostics and a.diagnostics[1].code == "name-variant" then
        action = a
      end
    end
  end
  check(action, "no preferred quick fix in " .. vim.inspect(responses))
  check(action.title == "Spell it “مملوك”", "title " .. action.title)
  vim.lsp.util.apply_workspace_edit(action.edit, enc)

  local fixed = vim.api.nvim_buf_get_lines(buf, 6, 7, false)[1]
  check(fixed == "وقال 🚨 ومملوك 👍🏽 إن الأمن مستقر.", "line 7 after the fix: " .. fixed)
  local whole = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for i, l in ipairs(DRAFT) do
    if i ~= 7 then
      check(whole[i] == l, ("line %d changed: %s"):format(i, whole[i]))
    end
  end

  -- The edit reaches the server (didChange) and the diagnostic goes away; the others stay.
  local cleared = vim.wait(15000, function()
    return #by_code(buf, "name-variant") == 0 and #by_code(buf, "unattributed-quote") == 1
  end, 10)
  check(cleared, "name-variant still reported after the fix: " .. vim.inspect(vim.diagnostic.get(buf)))

  -- :IsnadReview opens the review sheet in a new window, with no other LSP plugin.
  local wins = #vim.api.nvim_list_wins()
  vim.cmd("IsnadReview")
  local opened = vim.wait(15000, function()
    return #vim.api.nvim_list_wins() > wins
  end, 10)
  check(opened, "IsnadReview opened no window")
  local sheet = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
  check(sheet:find("مملوك", 1, true), "the review sheet lacks the draft's names: " .. sheet:sub(1, 200))
  vim.cmd("close")
  vim.api.nvim_set_current_buf(buf)

  names_check(dir)
  lone_check(dir)

  local version = vim.version and vim.version() or { major = 0, minor = 7, patch = 0 }
  log(("PASS nvim %d.%d.%d | encoding %s | %.1f ms to the first name-variant diagnostic"):format(
    version.major, version.minor, version.patch, enc, ms))
end

local ok, err = pcall(main)
if not ok then
  fail(err)
else
  io.stdout:flush()
  vim.cmd("qall!")
end
