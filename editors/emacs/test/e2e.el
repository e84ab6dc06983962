;;; e2e.el --- Eglot end-to-end test for `isnad lsp'  -*- lexical-binding: t -*-

;; Run by .ci/eglot.sh, or by hand from the repository:
;;   ISNAD_BIN=$PWD/target/release/isnad emacs --batch -l editors/emacs/test/e2e.el
;; (no -Q: --batch already skips the user's init file, and the site files put
;; Debian's elpa-eglot on the load path).
;;
;; Opens draft.txt (a copy in a temporary folder) in `text-mode', registers
;; `isnad lsp' for `text-mode' in `eglot-server-programs', starts Eglot, waits
;; (at most 30 s) for the server's textDocument/publishDiagnostics to reach
;; Flymake, then asserts the rule code, line and Emacs columns of the
;; `unattributed-quote', `name-variant' and `missing-credit' diagnostics; asks
;; for the hover on the name spelled two ways; applies the name-variant quick
;; fix through `eglot-code-actions' and checks the buffer text; sets
;; `eglot-workspace-configuration' as docs/editors.md shows (Arabic messages,
;; one rule off) and checks the republished diagnostics; and checks that the
;; server ends with status 0 after shutdown and exit.  Exits 0 when
;; every check passes, 1 otherwise (with one line per failed check).

(require 'cl-lib)
(require 'subr-x)
(require 'eglot)
(require 'flymake)
(require 'lisp-mnt)

(defvar isnad-e2e--failures 0 "Number of failed checks so far.")
(defvar isnad-e2e--published 0
  "Number of textDocument/publishDiagnostics notifications seen.")

(defun isnad-e2e--check (what ok &optional detail)
  "Report check WHAT as passed when OK is non-nil, else as failed with DETAIL."
  (if ok
      (message "ok   %s" what)
    (cl-incf isnad-e2e--failures)
    (message "FAIL %s%s" what (if detail (format ": %S" detail) ""))))

(defun isnad-e2e--die (fmt &rest args)
  "Print FMT with ARGS as a failure and exit Emacs with status 1."
  (message "FAIL %s" (apply #'format fmt args))
  (kill-emacs 1))

(defun isnad-e2e--wait (pred seconds)
  "Process server output until PRED returns non-nil or SECONDS pass.
Returns PRED's value, or nil on timeout."
  (let ((deadline (+ (float-time) seconds))
        value)
    (while (and (not (setq value (funcall pred)))
                (< (float-time) deadline))
      (accept-process-output nil 0.1))
    value))

(defun isnad-e2e--code (diag)
  "The LSP rule code of the Flymake diagnostic DIAG (from Eglot's data), or nil."
  (plist-get (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diag))) :code))

(defun isnad-e2e--where (pos)
  "POS as (LINE . COLUMN): 1-based line, 0-based Emacs column."
  (save-excursion
    (goto-char pos)
    (cons (line-number-at-pos) (current-column))))

(let* ((here (file-name-directory (or load-file-name buffer-file-name)))
       (bin (or (getenv "ISNAD_BIN")
                (isnad-e2e--die "ISNAD_BIN is not set")))
       (dir (file-name-as-directory (make-temp-file "isnad-eglot-" t)))
       (draft (expand-file-name "draft.txt" dir))
       (events-buffer nil))
  (add-hook 'kill-emacs-hook (lambda () (ignore-errors (delete-directory dir t))))
  (message "Emacs %s, Eglot %s, isnad %s" emacs-version
           (or (ignore-errors
                 (lm-version (locate-library "eglot.el" t)))
               (locate-library "eglot"))
           bin)
  (unless (file-executable-p bin)
    (isnad-e2e--die "%s is not an executable" bin))
  (copy-file (expand-file-name "draft.txt" here) draft)
  (advice-add 'eglot-handle-notification :before
              (lambda (_server method &rest _)
                (when (eq method 'textDocument/publishDiagnostics)
                  (cl-incf isnad-e2e--published))))
  (setq eglot-server-programs `((text-mode . (,bin "lsp")))
        eglot-autoshutdown t
        ;; Eglot sends didChange after this idle delay; keep the test short.
        eglot-send-changes-idle-time 0.1)
  (find-file draft)
  (unless (eq major-mode 'text-mode)
    (isnad-e2e--die "draft.txt opened in %s, not text-mode" major-mode))
  ;; `eglot-ensure' waits for a post-command-hook that never runs in --batch;
  ;; `eglot--guess-contact' is the same lookup of `eglot-server-programs'.
  (condition-case err
      (apply #'eglot (eglot--guess-contact))
    (error (isnad-e2e--die "eglot did not start: %s" (error-message-string err))))
  (unless (isnad-e2e--wait #'eglot-current-server 15)
    (isnad-e2e--die "no Eglot server manages the draft after 15 s"))
  (setq events-buffer (ignore-errors (jsonrpc-events-buffer (eglot-current-server))))
  (isnad-e2e--check "Eglot manages draft.txt with isnad"
                    (and eglot--managed-mode flymake-mode))
  ;; Wait for the diagnostics to reach Flymake; nudge Flymake (whose start is
  ;; deferred to a command loop that --batch does not run) while waiting.
  (let ((diags (isnad-e2e--wait
                (lambda ()
                  (or (flymake-diagnostics)
                      (progn (when (> isnad-e2e--published 0) (flymake-start))
                             nil)))
                30)))
    (unless diags
      (when (buffer-live-p events-buffer)
        (with-current-buffer events-buffer
          (message "--- last Eglot events ---\n%s"
                   (buffer-substring-no-properties
                    (max (point-min) (- (point-max) 1500)) (point-max)))))
      (isnad-e2e--die "no diagnostics in Flymake after 30 s (%d publishDiagnostics seen)"
                      isnad-e2e--published))
    (isnad-e2e--check "the server published diagnostics" (> isnad-e2e--published 0))
    (let ((got (sort (mapcar (lambda (d)
                               (list (isnad-e2e--code d)
                                     (isnad-e2e--where (flymake-diagnostic-beg d))
                                     (isnad-e2e--where (flymake-diagnostic-end d))
                                     (flymake-diagnostic-type d)))
                             diags)
                     (lambda (a b) (< (car (nth 1 a)) (car (nth 1 b)))))))
      (message "diagnostics: %S" got)
      ;; (code (line . column) (end-line . end-column) type): lines 1-based,
      ;; Emacs columns 0-based, ends exclusive.
      (dolist (want '(("missing-credit" (1 . 0) (1 . 3) eglot-warning)
                      ;; 24 characters, but the tanwin in تماماً has no width:
                      ;; the end (UTF-16 character 24) is Emacs column 23.
                      ("unattributed-quote" (3 . 0) (3 . 23) eglot-warning)
                      ("name-variant" (5 . 6) (5 . 13) eglot-warning)))
        (isnad-e2e--check (format "%s at %d:%d-%d:%d" (car want)
                                  (car (nth 1 want)) (cdr (nth 1 want))
                                  (car (nth 2 want)) (cdr (nth 2 want)))
                          (member want got) got))
      (isnad-e2e--check "exactly three diagnostics" (= (length got) 3) got)
      (let ((nv (cl-find "name-variant" diags :key #'isnad-e2e--code :test #'equal)))
        (isnad-e2e--check "name-variant message names the other spelling"
                          (and nv (string-match-p "أردوغان" (flymake-diagnostic-text nv)))
                          (and nv (flymake-diagnostic-text nv))))))
  ;; Hover on the misspelled name (line 5, Emacs column 8), through Eglot's
  ;; own position conversion.
  (goto-char (point-min))
  (forward-line 4)
  (move-to-column 8)
  (let* ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                 (eglot--TextDocumentPositionParams)))
         (text (and hover (eglot--hover-info (plist-get hover :contents)))))
    (isnad-e2e--check "hover on اردوغان lists both spellings"
                      (and text (string-match-p "أردوغان" text)
                           (string-match-p "اردوغان" text))
                      text))
  ;; The name-variant quick fix, applied the way M-x eglot-code-actions does.
  (let* ((beg (progn (goto-char (point-min)) (forward-line 4) (move-to-column 6) (point)))
         (end (progn (move-to-column 13) (point)))
         (actions (eglot-code-actions beg end))
         (fix (cl-find-if (lambda (a) (string-match-p "أردوغان" (or (plist-get a :title) "")))
                          actions)))
    (isnad-e2e--check "a quick fix “Spell it أردوغان” is offered"
                      fix (mapcar (lambda (a) (plist-get a :title)) actions))
    (when fix
      ;; `eglot-execute' is newer Eglot's entry point; Eglot 1.9 applies the
      ;; edit with `eglot--apply-workspace-edit'.
      (if (fboundp 'eglot-execute)
          (eglot-execute (eglot-current-server) fix)
        (eglot--apply-workspace-edit (plist-get fix :edit)))
      (goto-char (point-min))
      (forward-line 4)
      (let ((line (buffer-substring-no-properties (point) (line-end-position))))
        (isnad-e2e--check "the quick fix respells the name on line 5"
                          (equal line "وأضاف أردوغان أن الوفد سيعود غداً.") line))
      ;; Eglot sends didChange from an idle timer, which --batch never runs;
      ;; send it now.  The server then republishes without name-variant.
      (eglot--signal-textDocument/didChange)
      (isnad-e2e--check
       "name-variant is gone after the fix"
       (isnad-e2e--wait
        (lambda ()
          (flymake-start)
          (not (cl-find "name-variant" (flymake-diagnostics)
                        :key #'isnad-e2e--code :test #'equal)))
        15)
       (mapcar #'isnad-e2e--code (flymake-diagnostics)))))
  ;; Settings in the form docs/editors.md gives: Arabic messages, one rule off.
  ;; The server pulls them (workspace/configuration) and re-analyses the draft.
  (setq-default eglot-workspace-configuration
                '(:isnad (:locale "ar" :rules (:missing-credit "off"))))
  (eglot-signal-didChangeConfiguration (eglot-current-server))
  (let ((quote-message
         (lambda ()
           (let ((d (cl-find "unattributed-quote" (flymake-diagnostics)
                             :key #'isnad-e2e--code :test #'equal)))
             (and d (flymake-diagnostic-text d))))))
    (isnad-e2e--check
     "eglot-workspace-configuration: Arabic message, missing-credit off"
     (isnad-e2e--wait
      (lambda ()
        (flymake-start)
        (and (equal (mapcar #'isnad-e2e--code (flymake-diagnostics))
                    '("unattributed-quote"))
             (string-match-p "اقتباس مباشر بلا قائل" (or (funcall quote-message) ""))))
      15)
     (list (mapcar #'isnad-e2e--code (flymake-diagnostics)) (funcall quote-message))))
  ;; The LSP shutdown handshake: the server process ends by itself on `exit'.
  (set-buffer-modified-p nil)
  (let* ((server (eglot-current-server))
         (proc (jsonrpc--process server)))
    (setf (eglot--shutdown-requested server) t)
    (jsonrpc-request server :shutdown nil :timeout 5)
    (jsonrpc-notify server :exit nil)
    (isnad-e2e--check "the server exits after shutdown and exit"
                      (isnad-e2e--wait (lambda () (not (process-live-p proc))) 5)
                      (process-status proc))
    (isnad-e2e--check "with status 0" (eql (process-exit-status proc) 0)
                      (process-exit-status proc)))
  (if (> isnad-e2e--failures 0)
      (progn (message "eglot e2e: %d check(s) failed" isnad-e2e--failures)
             (kill-emacs 1))
    (message "eglot e2e: all checks passed")
    (kill-emacs 0)))

;;; e2e.el ends here
