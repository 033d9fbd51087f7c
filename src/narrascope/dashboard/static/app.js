// narrascope dashboard: the few things a page cannot do without script. Everything written into the
// page goes through textContent, never innerHTML, so no article, feed or catalogue text can run.
"use strict";

const TOKEN_KEY = "narrascope-token";

// A token given once in the URL (?token=..., as `narrascope serve` prints it) is kept for this tab
// and taken out of the address bar, so it is not left in the history or shared by copying the URL.
(function keepToken() {
  const url = new URL(window.location.href);
  const token = url.searchParams.get("token");
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    url.searchParams.delete("token");
    history.replaceState(null, "", url.pathname + (url.search || "") + url.hash);
  }
})();

function token() {
  const field = document.getElementById("token");
  if (field && field.value) sessionStorage.setItem(TOKEN_KEY, field.value);
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

async function api(method, path, body) {
  const headers = { "Content-Type": "application/json" };
  const t = token();
  if (t) headers.Authorization = "Bearer " + t;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  let data = null;
  try { data = await response.json(); } catch (e) { data = null; }
  if (!response.ok) {
    const error = (data && data.error) || { code: "E000", message: response.status + " " + response.statusText };
    throw error;
  }
  return data;
}

function say(element, text, ok) {
  element.textContent = text;
  element.classList.toggle("ok", ok === true);
  element.classList.toggle("bad", ok === false);
}

function describe(error) {
  const place = error.line ? " (line " + error.line + (error.field ? ", field '" + error.field + "'" : "") + ")" : "";
  return "[" + error.code + "] " + error.message + place;
}

// Progress of a long job (an ingest, a re-analysis), polled until it ends.
function follow(jobId, box) {
  box.hidden = false;
  const bar = box.querySelector("progress");
  const status = box.querySelector(".job-status");
  const tick = async () => {
    let job;
    try { job = await api("GET", "/api/jobs/" + encodeURIComponent(jobId)); } catch (e) { say(status, describe(e), false); return; }
    if (job.total) { bar.max = job.total; bar.value = Math.min(job.done, job.total); }
    const p = job.progress || {};
    if (job.state === "running") {
      say(status, job.kind + ": " + job.detail + " " + job.done + (job.total ? "/" + job.total : "") +
        (p.rate ? " (" + p.rate + " articles/s)" : ""));
      setTimeout(tick, 700);
    } else if (job.state === "done") {
      bar.value = bar.max;
      say(status, job.kind + " finished: " + job.summary + (job.failures.length ? "; first failure: " +
        job.failures[0].source + " " + job.failures[0].error.message : ""), job.failures.length === 0);
    } else {
      say(status, job.kind + " failed: " + describe(job.error), false);
    }
  };
  tick();
}

function catalogueEditor() {
  const form = document.getElementById("catalogue-form");
  if (!form) return;
  const text = document.getElementById("catalogue-text");
  const result = document.getElementById("catalogue-result");
  const goToLine = (line) => {
    if (!line) return;
    const lines = text.value.split("\n");
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    text.focus();
    text.setSelectionRange(start, start + (lines[line - 1] || "").length);
  };
  const validate = async (saving) => {
    const answer = await api("POST", "/api/catalogue/validate", { text: text.value });
    if (answer.valid) {
      say(result, "Valid: " + answer.narratives + " narratives" + (answer.warnings.length ? "; warnings: " + answer.warnings.join("; ") : "."), true);
    } else {
      say(result, (saving ? "Not saved: " : "Not valid: ") + describe(answer.error), false);
      goToLine(answer.error.line);
    }
    return answer.valid;
  };
  document.getElementById("catalogue-validate").addEventListener("click", () => validate(false).catch((e) => say(result, describe(e), false)));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      if (!(await validate(true))) return;
      const saved = await api("PUT", "/api/catalogue", { text: text.value, reanalyse: true });
      say(result, "Saved: " + saved.narratives + " narratives, version " + saved.version + "; " + saved.stale +
        " stored analyses to redo" + (saved.job ? " (re-analysing now)." : "."), true);
      if (saved.job) follow(saved.job.id, document.querySelector(".job"));
    } catch (e) {
      say(result, "Not saved: " + describe(e), false);
      if (e.line) goToLine(e.line);
    }
  });
}

async function articlesOf(file) {
  const content = await file.text();
  const name = file.name.toLowerCase();
  if (name.endsWith(".jsonl")) {
    return content.split("\n").filter((l) => l.trim()).map((line, i) => {
      const r = JSON.parse(line);
      return { id: String(r.id || file.name + ":" + (i + 1)), text: r.text, html: r.html, title: r.title,
               published: r.published, outlet: r.outlet, url: r.url };
    });
  }
  const stem = file.name.replace(/\.[^.]*$/, "");
  return [name.endsWith(".html") || name.endsWith(".htm") ? { id: stem, html: content } : { id: stem, text: content }];
}

function ingestForm() {
  const form = document.getElementById("ingest-form");
  if (!form) return;
  const box = document.querySelector(".job");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const status = box.querySelector(".job-status");
    box.hidden = false;
    try {
      const files = Array.from(document.getElementById("ingest-files").files);
      if (!files.length) { say(status, "Choose files first.", false); return; }
      const articles = (await Promise.all(files.map(articlesOf))).flat();
      const job = await api("POST", "/api/ingest", { articles });
      follow(job.id, box);
    } catch (e) {
      say(status, e.code ? describe(e) : "Could not read the files: " + e, false);
    }
  });
}

// "/" jumps to the search box, as on most sites; not while typing in a field.
document.addEventListener("keydown", (event) => {
  const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
  if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey) {
    event.preventDefault();
    document.getElementById("q").focus();
  }
});

// "pushes this" / "does not push this" on an article's page: the article joins the catalogue's
// labelled examples and the store is re-analysed with what the matcher learns from them.
function labelButtons() {
  const result = document.getElementById("label-result");
  document.querySelectorAll(".label-buttons button").forEach((button) => {
    button.addEventListener("click", async () => {
      const box = button.closest(".label-buttons");
      const pushes = button.dataset.pushes === "true";
      try {
        const narrative = box.dataset.narrative || document.getElementById(box.dataset.select).value;
        const answer = await api("POST", "/api/articles/" + encodeURIComponent(box.dataset.row) + "/label",
          { narrative, pushes });
        say(result, "Labelled: this article now pushes " + (answer.narratives.length ? answer.narratives.join(", ") : "none of the narratives") +
          " (" + answer.examples + " examples in the catalogue)" + (answer.job ? "; re-analysing the store." : "."), true);
        if (answer.job) follow(answer.job.id, document.querySelector(".job"));
      } catch (e) {
        say(result, "Not labelled: " + describe(e), false);
      }
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  labelButtons();
  catalogueEditor();
  ingestForm();
  const running = document.querySelector("[data-job]");
  if (running) follow(running.dataset.job, running);
});
