// cardcapture mobile web app: three screens in one server-rendered shell, driven by the public JSON API.
// No framework, no build step. Views: "/" scan, "/cards/{id}" review + keep + thank, "/contacts" list.

const API = "/api/v1";
const LOW_CONFIDENCE = 0.6;
const $ = (sel, root = document) => root.querySelector(sel);

// ------------------------------------------------------------------ API helpers

class ApiProblem extends Error {
  constructor(status, detail, body) {
    super(detail);
    this.status = status;
    this.detail = detail;
    this.body = body || {};
  }
}

function problemFrom(status, body) {
  const detail = (body && (body.detail || body.title)) || friendlyStatus(status);
  return new ApiProblem(status, detail, body);
}

function friendlyStatus(status) {
  if (status === 0) return "We couldn’t reach cardcapture. Check your connection and try again.";
  if (status === 413) return "That photo is too large. Try a smaller one.";
  if (status === 503) return "The card reader is busy or not ready. Wait a moment and try again.";
  if (status >= 500) return "Something went wrong on our side. Please try again.";
  return "That didn’t work. Please try again.";
}

async function api(path, { method = "GET", json, headers = {} } = {}) {
  const init = { method, headers: { Accept: "application/json", ...headers } };
  if (json !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(json);
  }
  let res;
  try {
    res = await fetch(API + path, init);
  } catch {
    throw problemFrom(0, null);
  }
  const type = res.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await res.json().catch(() => null) : null;
  if (!res.ok) throw problemFrom(res.status, body);
  return { data: body, etag: res.headers.get("ETag"), status: res.status };
}

// Upload with XMLHttpRequest: fetch cannot report upload progress.
function uploadCard(file, onProgress, onUploaded) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", API + "/cards");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.responseType = "json";
    xhr.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    });
    xhr.upload.addEventListener("load", onUploaded);
    xhr.addEventListener("load", () => {
      if (xhr.status >= 200 && xhr.status < 300 && xhr.response) {
        resolve({ data: xhr.response, etag: xhr.getResponseHeader("ETag") });
      } else {
        reject(problemFrom(xhr.status, xhr.response));
      }
    });
    xhr.addEventListener("error", () => reject(problemFrom(0, null)));
    xhr.addEventListener("timeout", () => reject(problemFrom(0, null)));
    const form = new FormData();
    form.append("image", file, file.name || "card.jpg");
    xhr.send(form);
  });
}

// ------------------------------------------------------------------ small UI helpers

let toastTimer;
function toast(message) {
  const el = $("#toast");
  el.textContent = message;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.textContent = ""; }, 5000);
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

function showError(box, problem) {
  box.replaceChildren(document.createTextNode(problem.detail || String(problem)));
  const errors = problem.body && Array.isArray(problem.body.errors) ? problem.body.errors : [];
  if (errors.length) {
    box.append(el("ul", {}, ...errors.map((e) => el("li", { text: describeError(e) }))));
  }
  box.hidden = false;
}

function describeError(e) {
  const loc = (e.loc || []).filter((p) => p !== "body" && p !== "contact");
  const where = loc.length ? loc.map((p) => (typeof p === "number" ? `#${p + 1}` : p)).join(" ") + ": " : "";
  return where + (e.msg || "not valid");
}

const dateTime = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" });
const dateOnly = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric" });
const fmt = (iso, f = dateTime) => { const d = new Date(iso); return isNaN(d) ? "" : f.format(d); };

function displayName(contact) {
  return contact.name || contact.company || (contact.emails && contact.emails[0]) || "Unnamed contact";
}

// When the thank-you should go out: the card's `send_by`, kept by the server so every device agrees (the
// drafted letter's deadline, or a day after the scan before any draft). A time without offset is a
// wall-clock time, and `new Date()` reads it as local time, as meant.
const sendBy = (card) => card.send_by || null;

// ------------------------------------------------------------------ router

const views = ["scan", "card", "contacts"];

function routeOf(pathname) {
  const m = pathname.match(/^\/cards\/([^/]+)\/?$/);
  if (m) return { view: "card", id: decodeURIComponent(m[1]) };
  if (pathname.startsWith("/contacts")) return { view: "contacts" };
  return { view: "scan" };
}

// `state` carries a card we already hold (just uploaded, or from the list) to the next screen. A reload or
// the back button fetches afresh instead: what history kept may be stale.
function navigate(url, state = null) {
  history.pushState(null, "", url);
  render(state);
}

async function render(state = null) {
  const route = routeOf(location.pathname);
  for (const v of views) $(`#view-${v}`).hidden = v !== route.view;
  for (const a of document.querySelectorAll("[data-nav-view]")) {
    if (a.dataset.navView === route.view) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  if (route.view === "scan") resetScan();
  if (route.view === "contacts") await loadContacts(true);
  if (route.view === "card") await openCard(route.id, state && state.card ? state : null);
  document.title = { scan: "Scan a card", contacts: "Contacts", card: "Contact" }[route.view] + " · cardcapture";
  const heading = $(`#view-${route.view} h1`);
  if (renderedOnce) heading.focus({ preventScroll: true });
  renderedOnce = true;
  window.scrollTo(0, 0);
}
let renderedOnce = false;

document.addEventListener("click", (e) => {
  const a = e.target.closest("a[data-nav]");
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(a.getAttribute("href"));
});
window.addEventListener("popstate", () => render());

// ------------------------------------------------------------------ 1. Snap

let lastFile = null;
let previewUrl = null;

function scanState(which) {
  $("#scan-pick").hidden = which !== "pick";
  $("#scan-busy").hidden = which !== "busy";
  $("#scan-error").hidden = which !== "error";
}

function resetScan() {
  scanState("pick");
  for (const id of ["#camera-input", "#file-input"]) $(id).value = "";
}

async function scanFile(file) {
  if (!file) return;
  lastFile = file;
  if (file.type && !file.type.startsWith("image/")) {
    showScanError(new ApiProblem(415, "That file is not a photo. Choose a picture of the card."));
    return;
  }
  const progress = $("#upload-progress");
  const label = $("#busy-label");
  const preview = $("#scan-preview");
  if (previewUrl) URL.revokeObjectURL(previewUrl);
  previewUrl = URL.createObjectURL(file);
  preview.src = previewUrl;
  preview.hidden = false;
  preview.onerror = () => { preview.hidden = true; }; // e.g. HEIC in a browser that cannot show it
  progress.value = 0;
  progress.max = 100;
  label.textContent = "Uploading the photo…";
  scanState("busy");
  $("#scan-busy").setAttribute("aria-busy", "true");
  try {
    const { data, etag } = await uploadCard(
      file,
      (pct) => { progress.value = pct; },
      () => {
        label.textContent = "Reading the card…";
        progress.removeAttribute("value"); // indeterminate while the OCR runs
      },
    );
    $("#scan-busy").removeAttribute("aria-busy");
    navigate(`/cards/${encodeURIComponent(data.id)}`, { card: data, etag, fresh: true });
  } catch (problem) {
    $("#scan-busy").removeAttribute("aria-busy");
    showScanError(problem);
  }
}

function showScanError(problem) {
  const status = problem.status || 0;
  $("#scan-error-detail").textContent = problem.detail || friendlyStatus(status);
  // Sending the same photo again only helps when the network or the server failed, not the photo.
  const transient = status === 0 || status === 408 || status === 429 || status >= 500;
  $("#scan-retry").hidden = !(transient && lastFile);
  $("#scan-error-title").textContent = transient ? "That didn’t go through" : "We couldn’t read that photo";
  scanState("error");
  ($("#scan-retry").hidden ? $("#scan-another") : $("#scan-retry")).focus();
}

for (const id of ["#camera-input", "#file-input"]) {
  $(id).addEventListener("change", (e) => scanFile(e.target.files && e.target.files[0]));
}
$("#scan-retry").addEventListener("click", () => scanFile(lastFile));
$("#scan-another").addEventListener("click", () => {
  resetScan();
  $("#camera-input").focus();
  $("#camera-input").click(); // opens the camera or picker straight away (a user gesture started it)
});

// Drop a photo anywhere on the scan screen.
const dropzone = $("#view-scan");
dropzone.addEventListener("dragover", (e) => {
  if (!e.dataTransfer || ![...e.dataTransfer.types].includes("Files")) return;
  e.preventDefault();
  $("#scan-pick").classList.add("dragging");
});
dropzone.addEventListener("dragleave", (e) => {
  if (!dropzone.contains(e.relatedTarget)) $("#scan-pick").classList.remove("dragging");
});
dropzone.addEventListener("drop", (e) => {
  e.preventDefault();
  $("#scan-pick").classList.remove("dragging");
  const file = e.dataTransfer && e.dataTransfer.files[0];
  if (file) scanFile(file);
});

// ------------------------------------------------------------------ 2. Review

let current = null; // { card, etag }

async function openCard(id, state) {
  $("#card-missing").hidden = true;
  $("#form-error").hidden = true;
  $("#followup-error").hidden = true;
  $("#draft").hidden = true;
  if (!current || current.card.id !== id) {
    $("#fu-position").value = "";
    $("#fu-notes").value = "";
  }
  if (state && state.card && state.card.id === id) {
    current = { card: state.card, etag: state.etag };
    fillCard(current.card, { fresh: state.fresh });
    if (!current.etag) await refreshCard(id); // the list gives no ETag: fetch one before any edit
    return;
  }
  $("#card-body").hidden = true;
  $("#card-loading").hidden = false;
  await refreshCard(id);
}

async function refreshCard(id) {
  try {
    const { data, etag } = await api(`/cards/${encodeURIComponent(id)}`);
    current = { card: data, etag };
    $("#card-loading").hidden = true;
    fillCard(data, {});
  } catch (problem) {
    $("#card-loading").hidden = true;
    $("#card-body").hidden = true;
    $("#card-missing-detail").textContent =
      problem.status === 404 ? "This contact no longer exists." : problem.detail;
    $("#card-missing").hidden = false;
  }
}

function fillCard(card, { fresh = false } = {}) {
  const c = card.contact || {};
  $("#card-body").hidden = false;
  $("#card-title").textContent = card.reviewed ? displayName(c) : "Check the contact";
  const img = $("#card-image");
  img.closest("figure").hidden = card.has_image === false;
  img.onerror = () => { img.closest("figure").hidden = true; };
  img.src = `${API}/cards/${encodeURIComponent(card.id)}/image?u=${encodeURIComponent(card.updated_at || "")}`;
  img.alt = `The card of ${displayName(c)}, straightened`;

  $("#f-name").value = c.name || "";
  $("#f-title").value = c.title || "";
  $("#f-company").value = c.company || "";
  $("#f-address").value = c.address || "";
  $("#f-notes").value = card.notes || "";
  fillRows("email", (c.emails || []).map((v) => ({ value: v })));
  fillRows("phone", (c.phones || []).map((p) => ({ value: phoneText(p), kind: p.kind, original: p })));
  fillRows("website", (c.websites || []).map((v) => ({ value: v })));

  // Low-confidence fields: a highlight and a written hint, until the contact has been reviewed.
  const conf = card.confidence || {};
  const low = [];
  for (const field of ["name", "title", "company", "emails", "phones"]) {
    const box = $(`.field[data-field="${field}"]`);
    const isLow = !card.reviewed && typeof conf[field] === "number" && conf[field] < LOW_CONFIDENCE;
    setLow(box, field, isLow);
    if (isLow) low.push(field === "emails" ? "email" : field === "phones" ? "phone" : field);
  }
  const notice = $("#review-notice");
  const empty = !c.name && !c.company && !(c.emails || []).length && !(c.phones || []).length;
  notice.classList.remove("ok");
  if (empty && !card.reviewed) {
    notice.textContent = "We couldn’t find much on this card. Fill in what you can, or scan it again.";
    notice.hidden = false;
  } else if (low.length) {
    notice.textContent = `Please check the highlighted ${low.length === 1 ? "field" : "fields"}: ${low.join(", ")}.`;
    notice.hidden = false;
  } else if (fresh) {
    notice.textContent = "Everything read clearly. Give it a quick look and save.";
    notice.classList.add("ok");
    notice.hidden = false;
  } else {
    notice.hidden = true;
  }
  $("#duplicate-notice").hidden = !card.duplicate_of;
  if (card.duplicate_of) $("#duplicate-link").href = `/cards/${encodeURIComponent(card.duplicate_of)}`;
  $("#save-button").textContent = card.reviewed ? "Save changes" : "Save contact";
  fillKeep(card);
  fillFollowUp(card);
}

function setLow(box, field, isLow) {
  box.classList.toggle("low", isLow);
  const hint = $(`#f-${field}-check`);
  hint.hidden = !isLow;
  const inputs = box.querySelectorAll("input, select");
  for (const input of inputs) {
    const ids = (input.getAttribute("aria-describedby") || "").split(" ").filter((x) => x && x !== hint.id);
    if (isLow) ids.push(hint.id);
    if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
    else input.removeAttribute("aria-describedby");
  }
}

// Once the user touches a highlighted field, the highlight has done its job.
$("#card-form").addEventListener("input", (e) => {
  const box = e.target.closest(".field.low");
  if (box) setLow(box, box.dataset.field, false);
  if (e.target.getAttribute("aria-invalid")) e.target.removeAttribute("aria-invalid");
});

function phoneText(p) {
  const base = p.display || p.number || "";
  return p.extension ? `${base} ext. ${p.extension}` : base;
}

const rowKinds = {
  email: { list: "#email-rows", tpl: "#tpl-text-row", type: "email", label: "Email", autocomplete: "off", inputmode: "email" },
  phone: { list: "#phone-rows", tpl: "#tpl-phone-row", type: "tel", label: "Phone", autocomplete: "off", inputmode: "tel" },
  website: { list: "#website-rows", tpl: "#tpl-text-row", type: "url", label: "Website", autocomplete: "off", inputmode: "url" },
};
let rowSeq = 0;

function addRow(kind, item = {}) {
  const spec = rowKinds[kind];
  const li = $(spec.tpl).content.firstElementChild.cloneNode(true);
  const id = `r-${kind}-${++rowSeq}`;
  const input = li.querySelector("input");
  input.id = id;
  input.type = spec.type;
  input.name = kind;
  input.setAttribute("inputmode", spec.inputmode);
  input.setAttribute("autocapitalize", "off");
  input.setAttribute("spellcheck", "false");
  input.value = item.value || "";
  if (item.original) li.dataset.original = JSON.stringify(item.original);
  li.querySelector(".row-label").htmlFor = id;
  const select = li.querySelector("select");
  if (select) {
    select.id = `${id}-kind`;
    select.value = item.kind || "work";
    li.querySelector(".kind-label").htmlFor = select.id;
  }
  $(spec.list).append(li);
  renumber(kind);
  return input;
}

function renumber(kind) {
  const spec = rowKinds[kind];
  const rows = [...$(spec.list).children];
  rows.forEach((li, i) => {
    const n = rows.length > 1 ? ` ${i + 1}` : "";
    li.querySelector(".row-label").textContent = `${spec.label}${n}`;
    li.querySelector(".remove").setAttribute("aria-label", `Remove ${spec.label.toLowerCase()}${n}`);
    const kl = li.querySelector(".kind-label");
    if (kl) kl.textContent = `Kind of ${spec.label.toLowerCase()}${n}`;
  });
}

function fillRows(kind, items) {
  $(rowKinds[kind].list).replaceChildren();
  for (const item of items) addRow(kind, item);
  if (!items.length) addRow(kind);
}

for (const kind of Object.keys(rowKinds)) {
  $(`#add-${kind}`).addEventListener("click", () => addRow(kind).focus());
  $(rowKinds[kind].list).addEventListener("click", (e) => {
    const btn = e.target.closest(".remove");
    if (!btn) return;
    const li = btn.closest("li");
    const list = li.parentElement;
    li.remove();
    if (!list.children.length) addRow(kind);
    renumber(kind);
    $(`#add-${kind}`).focus();
  });
}

function readRows(kind) {
  return [...$(rowKinds[kind].list).children]
    .map((li) => ({ li, value: li.querySelector("input").value.trim() }))
    .filter((r) => r.value);
}

const orNull = (s) => (s.trim() ? s.trim() : null);

function formContact() {
  const phones = readRows("phone").map(({ li, value }) => {
    const kind = li.querySelector("select").value;
    const original = li.dataset.original ? JSON.parse(li.dataset.original) : null;
    // Unchanged text: send back the number as stored (E.164), so nothing is lost by re-parsing its display.
    if (original && phoneText(original) === value) {
      return { number: original.number, kind, extension: original.extension ?? null };
    }
    return { number: value, kind };
  });
  // The server splits a changed name into given/family name again (app/contact_edit.py).
  return {
    name: orNull($("#f-name").value),
    title: orNull($("#f-title").value),
    company: orNull($("#f-company").value),
    emails: readRows("email").map((r) => r.value),
    phones,
    websites: readRows("website").map((r) => r.value),
    address: orNull($("#f-address").value),
  };
}

function markInvalid(errors) {
  for (const e of errors || []) {
    const loc = (e.loc || []).filter((p) => p !== "body");
    if (loc[0] !== "contact") continue;
    const [, field, index] = loc;
    const kind = { emails: "email", phones: "phone", websites: "website" }[field];
    let input = null;
    if (kind && typeof index === "number") {
      const rows = readRows(kind);
      input = rows[index] ? rows[index].li.querySelector("input") : null;
    } else {
      input = $(`#f-${field}`);
    }
    if (input) input.setAttribute("aria-invalid", "true");
  }
}

$("#card-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  if (!current) return;
  const box = $("#form-error");
  box.hidden = true;
  const button = $("#save-button");
  button.disabled = true;
  const headers = current.etag ? { "If-Match": current.etag } : {};
  try {
    const { data, etag } = await api(`/cards/${encodeURIComponent(current.card.id)}`, {
      method: "PATCH",
      json: { contact: formContact(), notes: orNull($("#f-notes").value), reviewed: true },
      headers,
    });
    current = { card: data, etag };
    fillCard(data, {});
    toast("Contact saved.");
  } catch (problem) {
    if (problem.status === 412) {
      await refreshCard(current.card.id);
      showError(box, new ApiProblem(412,
        "Someone else changed this contact while you were editing. We loaded the latest version; " +
        "please make your changes again."));
    } else {
      showError(box, problem);
      markInvalid(problem.body && problem.body.errors);
    }
    box.scrollIntoView({ block: "center" });
  } finally {
    button.disabled = false;
  }
});

// ------------------------------------------------------------------ 3. Keep

function fillKeep(card) {
  const c = card.contact || {};
  const link = $("#vcard-link");
  link.href = `${API}/cards/${encodeURIComponent(card.id)}/vcard`;
  link.setAttribute("download", `${(displayName(c).replace(/[^\p{L}\p{N} ._-]+/gu, "").trim() || "contact")}.vcf`);
  const items = [];
  for (const p of c.phones || []) {
    const tel = p.number + (p.extension ? `;ext=${p.extension}` : "");
    items.push(el("li", {}, el("a", { href: `tel:${tel}` },
      el("span", { class: "verb", text: "Call" }),
      el("span", { text: `${phoneText(p)} (${p.kind})` }))));
  }
  for (const m of c.emails || []) {
    items.push(el("li", {}, el("a", { href: `mailto:${m}` },
      el("span", { class: "verb", text: "Mail" }), el("span", { text: m }))));
  }
  for (const w of c.websites || []) {
    if (!/^https?:\/\//i.test(w)) continue;
    items.push(el("li", {}, el("a", { href: w, rel: "noopener noreferrer", target: "_blank" },
      el("span", { class: "verb", text: "Visit" }), el("span", { text: w.replace(/^https?:\/\//i, "") }))));
  }
  $("#quick-actions").replaceChildren(...items);
}

// ------------------------------------------------------------------ 4. Thank them

function fillFollowUp(card) {
  const status = $("#followup-status");
  status.className = "followup-status";
  if (card.follow_up_sent_at) {
    status.textContent = `Thank-you sent ${fmt(card.follow_up_sent_at)}.`;
    status.classList.add("sent");
  } else {
    const due = sendBy(card);
    const overdue = due && new Date(due) < new Date();
    status.textContent = due
      ? `Not sent yet. ${overdue ? "It was due" : "Send it by"} ${fmt(due)}.`
      : "Not sent yet.";
    status.classList.add("pending");
  }
  $("#mark-sent").textContent = card.follow_up_sent_at ? "Mark as not sent" : "Mark as sent";
  $("#followup-form").hidden = Boolean(card.follow_up_sent_at);
  if (card.follow_up_sent_at) $("#draft").hidden = true;
  const sender = $("#fu-sender");
  if (!sender.value) sender.value = localStorage.getItem("cardcapture.sender") || "";
  const date = $("#fu-date");
  if (!date.value) date.value = new Date().toLocaleDateString("en-CA"); // YYYY-MM-DD, local time
}

$("#followup-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const form = e.currentTarget;
  const box = $("#followup-error");
  box.hidden = true;
  if (!form.reportValidity()) return;
  const values = Object.fromEntries(new FormData(form));
  const body = {
    position: values.position.trim(),
    interview_date: values.interview_date,
    sender_name: values.sender_name.trim(),
  };
  if (values.notes.trim()) body.notes = values.notes.trim();
  localStorage.setItem("cardcapture.sender", body.sender_name);
  const button = $("#draft-button");
  button.disabled = true;
  try {
    const { data } = await api(`/cards/${encodeURIComponent(current.card.id)}/follow-up`, { method: "POST", json: body });
    $("#draft-to").textContent = data.to || "(no email address on this card)";
    $("#draft-subject").textContent = data.subject;
    $("#draft-body").textContent = data.body;
    $("#draft-warnings").replaceChildren(...(data.warnings || []).map((w) => el("li", { text: w })));
    $("#mailto-link").href = data.mailto;
    await adoptDraftedDeadline(current.card.id, data.send_by);
    $("#draft").hidden = false;
    $("#draft").scrollIntoView({ block: "start", behavior: "smooth" });
    $("#mailto-link").focus({ preventScroll: true });
  } catch (problem) {
    showError(box, problem);
  } finally {
    button.disabled = false;
  }
});

// Drafting stored the deadline on the card, which gave it a new ETag. Take the new version only when
// nobody else edited the card meanwhile, so a later save still refuses to overwrite someone's edit.
async function adoptDraftedDeadline(id, sendByValue) {
  const editable = ["contact", "notes", "reviewed", "follow_up_sent_at"];
  let fresh = null;
  try {
    fresh = await api(`/cards/${encodeURIComponent(id)}`);
  } catch {
    // Shown from the letter's own answer below; the next load fetches the card anyway.
  }
  if (!current || current.card.id !== id) return;
  const unchanged = fresh && editable.every((k) => JSON.stringify(fresh.data[k]) === JSON.stringify(current.card[k]));
  if (unchanged) {
    current = { card: fresh.data, etag: fresh.etag };
  } else {
    const card = fresh ? { ...current.card, send_by: fresh.data.send_by, interview_at: fresh.data.interview_at }
      : { ...current.card, send_by: sendByValue || current.card.send_by };
    current = { card, etag: current.etag };
  }
  fillFollowUp(current.card);
}

$("#mark-sent").addEventListener("click", async () => {
  const button = $("#mark-sent");
  const sent = Boolean(current.card.follow_up_sent_at);
  button.disabled = true;
  $("#followup-error").hidden = true;
  try {
    const send = (etag) => api(`/cards/${encodeURIComponent(current.card.id)}`, {
      method: "PATCH",
      json: { follow_up_sent_at: sent ? null : new Date().toISOString() },
      headers: etag ? { "If-Match": etag } : {},
    });
    let result;
    try {
      result = await send(current.etag);
    } catch (problem) {
      if (problem.status !== 412) throw problem;
      // Marking as sent touches nothing anyone else edits: fetch the latest version and try once more.
      const fresh = await api(`/cards/${encodeURIComponent(current.card.id)}`);
      result = await send(fresh.etag);
    }
    current = { card: result.data, etag: result.etag };
    fillFollowUp(result.data);
    toast(sent ? "Marked as not sent." : "Marked as sent.");
  } catch (problem) {
    showError($("#followup-error"), problem);
  } finally {
    button.disabled = false;
  }
});

// ------------------------------------------------------------------ delete (card screen and list)

async function confirmDelete(card) {
  const dialog = $("#confirm-delete");
  $("#confirm-title").textContent = `Delete ${displayName(card.contact || {})}?`;
  dialog.returnValue = "";
  dialog.showModal();
  $("#confirm-delete button[value=cancel]").focus();
  const answer = await new Promise((resolve) => dialog.addEventListener("close", () => resolve(dialog.returnValue), { once: true }));
  if (answer !== "delete") return false;
  try {
    await api(`/cards/${encodeURIComponent(card.id)}`, { method: "DELETE" });
  } catch (problem) {
    if (problem.status !== 404) {
      toast(problem.detail);
      return false;
    }
  }
  toast(`Deleted ${displayName(card.contact || {})}.`);
  return true;
}

$("#delete-card").addEventListener("click", async () => {
  if (current && (await confirmDelete(current.card))) {
    navigate("/contacts");
  }
});

// ------------------------------------------------------------------ 5. Find again

let listCursor = null;
let listQuery = "";
let listSeq = 0;

async function loadContacts(reset) {
  const seq = ++listSeq;
  const q = $("#search-input").value.trim();
  if (reset) { listCursor = null; listQuery = q; }
  const params = new URLSearchParams({ limit: "20" });
  if (listQuery) params.set("q", listQuery);
  if (!reset && listCursor) params.set("cursor", listCursor);
  const status = $("#list-status");
  try {
    const { data } = await api(`/cards?${params}`);
    if (seq !== listSeq) return; // a newer search has started
    const items = (data.items || []).map(contactItem);
    if (reset) $("#contact-list").replaceChildren(...items);
    else $("#contact-list").append(...items);
    listCursor = data.next || null;
    $("#load-more").hidden = !listCursor;
    const count = $("#contact-list").children.length;
    $("#list-empty").hidden = count > 0 || Boolean(listQuery);
    status.textContent = listQuery
      ? (count ? `${count}${listCursor ? "+" : ""} found for “${listQuery}”.` : `Nothing found for “${listQuery}”.`)
      : "";
  } catch (problem) {
    if (seq === listSeq) status.textContent = problem.detail;
  }
}

function contactItem(card) {
  const c = card.contact || {};
  const sub = [c.title, c.company && c.company !== displayName(c) ? c.company : null].filter(Boolean).join(" · ")
    || (c.emails && c.emails[0]) || "";
  let badge = null;
  if (card.follow_up_sent_at) {
    badge = el("span", { class: "badge sent", text: "Thank-you sent" });
  } else {
    const due = sendBy(card);
    if (due) {
      const overdue = new Date(due) < new Date();
      badge = el("span", {
        class: overdue ? "badge overdue" : "badge",
        text: overdue ? `Thank-you overdue (was due ${fmt(due)})` : `Send thank-you by ${fmt(due)}`,
      });
    }
  }
  const link = el("a", { href: `/cards/${encodeURIComponent(card.id)}` },
    el("span", { class: "contact-name", text: displayName(c) }),
    sub ? el("span", { class: "contact-sub", text: sub }) : null,
    el("span", { class: "contact-sub", text: `Scanned ${fmt(card.created_at, dateOnly)}` }),
    badge);
  link.addEventListener("click", (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(link.getAttribute("href"), { card, etag: null });
  });
  const remove = el("button", { type: "button", class: "btn-icon", "aria-label": `Delete ${displayName(c)}` });
  remove.append($("#tpl-trash").content.firstElementChild.cloneNode(true));
  const li = el("li", { class: "contact-item" }, link, remove);
  remove.addEventListener("click", async () => {
    if (await confirmDelete(card)) {
      const next = li.nextElementSibling || li.previousElementSibling;
      li.remove();
      if (!$("#contact-list").children.length) loadContacts(true);
      else (next.querySelector("a") || $("#search-input")).focus();
    } else {
      remove.focus();
    }
  });
  return li;
}

let searchTimer;
$("#search-input").addEventListener("input", () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => loadContacts(true), 250);
});
$("#search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  clearTimeout(searchTimer);
  loadContacts(true);
});
$("#load-more").addEventListener("click", () => loadContacts(false));

// ------------------------------------------------------------------ start

render();
