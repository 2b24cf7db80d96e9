// The agency's details as a reader types them (layouts/components/agency-form/agency-fields.njk): each field
// checked as it changes, with one clear message beside it, and kept on the device only while "Remember on this
// device" is ticked, under one localStorage key. Nothing here sends anything anywhere or writes to the URL.

/** The one localStorage key, written only while "Remember on this device" is ticked. */
export const STORAGE_KEY = "advocate-field-guide:agency";
export const FIELDS = ["name", "phone", "text", "website", "hours", "note"];

/** "{name}" placeholders filled, numbers written the page's way. */
export function fill(template, vars = {}, lang = document.documentElement.lang) {
  const number = new Intl.NumberFormat(lang);
  return template.replace(/\{(\w+)\}/g, (match, key) => (key in vars ? (typeof vars[key] === "number" ? number.format(vars[key]) : String(vars[key])) : match));
}

/** The JSON strings block a template put beside the form. */
export function strings(root, selector) {
  return JSON.parse(root.querySelector(selector)?.textContent || "{}");
}

/**
 * What is wrong with one field's value, as a message key and its numbers, or null.
 *
 * @example
 * problem("phone", "555-CALL-NOW", 25) // → { key: "phone" }
 */
export function problem(field, value, max) {
  if (value.length > max) return { key: "tooLong", vars: { max, count: value.length } };
  if (!value) return null;
  if (field === "phone") {
    if (/[^0-9+()./\s-]/.test(value)) return { key: "phone" };
    if (value.replace(/\D/g, "").length < 3) return { key: "phoneShort" };
  }
  if (field === "website") {
    let url;
    try {
      url = new URL(value);
    } catch {
      return { key: "website" };
    }
    if (!/^https?:$/.test(url.protocol) || !url.hostname.includes(".")) return { key: "website" };
  }
  return null;
}

/** The address as printed: without its scheme, a trailing slash or "www.", as organization.json's websiteLabel. */
export function websiteLabel(website) {
  return website.replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/$/, "");
}

/** What is kept under the key, if anything readable is. */
function remembered() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || "null");
    return saved && typeof saved === "object" && !Array.isArray(saved) ? saved : null;
  } catch {
    return null;
  }
}

/**
 * Loads every face of the page's fonts (or of the named families): what is typed then never decides which font
 * slice the page fetches, so no request follows from what a reader types.
 */
export async function loadEveryFace(families) {
  const faces = [...document.fonts].filter((face) => !families || families.includes(face.family.replace(/^["']|["']$/g, "")));
  await Promise.all(faces.map((face) => face.load().catch(() => undefined)));
}

/** The value of a named control inside root: a radio group's checked value, or an input's value. */
export function valueOf(root, name) {
  const controls = [...root.querySelectorAll(`[name="${CSS.escape(name)}"]`)];
  return (controls.find((c) => c.type !== "radio" || c.checked)?.value ?? "").trim();
}

/**
 * The agency fields inside root (a group of controls, never a form: nothing is submitted, and Enter sends nothing):
 * their values, their checks, and "Remember on this device".
 * onChange({ agency, errors }) runs after every change with the values that passed their checks, and whether any did not.
 */
export function agencyFields(form, { onChange }) {
  const text = strings(form, "[data-agency-field-strings]");
  const lang = document.documentElement.lang;
  const inputs = Object.fromEntries(FIELDS.map((f) => [f, form.querySelector(`[name="agency-${f}"]`)]));
  const remember = form.querySelector("[data-agency-remember]");
  const forget = form.querySelector("[data-agency-forget]");
  const kept = form.querySelector("[data-agency-kept]");

  // A field's message shows once the reader leaves the field (or asks for the result), then follows their typing;
  // until its value passes, it is not used.
  const said = new Set();
  function check(field) {
    const input = inputs[field];
    const found = problem(field, input.value.trim(), Number(input.dataset.max));
    if (!found) said.delete(field);
    const show = Boolean(found) && said.has(field);
    const error = document.getElementById(`agency-${field}-error`);
    error.textContent = show ? fill(text[found.key], found.vars, lang) : "";
    error.hidden = !show;
    if (show) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
    return !found;
  }

  /** The values that passed their checks, and whether any did not; `all` shows every field's message now. */
  function read({ all = false } = {}) {
    const agency = {};
    let errors = false;
    for (const field of FIELDS) {
      if (all) said.add(field);
      if (check(field)) agency[field] = inputs[field].value.trim();
      else errors = true;
    }
    return { agency, errors };
  }

  /** Keeps the values under the one key, with those other pages' forms keep (a preview's paper, the packet's language). */
  function store(values) {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...remembered(), ...values }));
      forget.hidden = false;
    } catch {
      // Storage refused (a private window may): nothing is kept, and the form still works.
    }
  }

  function drop() {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing could be kept either.
    }
    forget.hidden = true;
  }

  /** Everything the group holds, as it would be remembered (the choices too, such as instead of or beside). */
  const names = () => [...new Set([...form.querySelectorAll("input[name], select[name]")].map((c) => c.name))].filter((name) => name !== "agency-remember" && name !== "packet-item");
  const snapshot = () => Object.fromEntries(names().map((name) => [name, valueOf(form, name)]));

  function changed() {
    if (remember.checked) store(snapshot());
    onChange(read());
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", (event) => {
    const field = FIELDS.find((f) => inputs[f] === event.target);
    if (!field) return;
    said.add(field);
    onChange(read());
  });
  remember.addEventListener("change", () => {
    if (remember.checked) store(snapshot());
    else drop();
    kept.textContent = remember.checked ? text.remembered : text.forgotten;
  });
  forget.addEventListener("click", () => {
    drop();
    remember.checked = false;
    kept.textContent = text.forgotten;
    remember.focus();
  });

  // What this reader asked to be remembered, if anything: the fields and choices come back as they were.
  const saved = remembered();
  if (saved) {
    for (const [name, value] of Object.entries(saved)) {
      const controls = [...form.querySelectorAll(`[name="${CSS.escape(name)}"]`)];
      // A choice this page does not offer (a card's sheet, remembered on a handout) leaves this page's as it is.
      if (controls.some((c) => c.type === "radio") && !controls.some((c) => c.value === value)) continue;
      for (const control of controls) {
        if (control.type === "radio") control.checked = control.value === value;
        else if (control.type !== "checkbox") control.value = String(value);
      }
    }
    remember.checked = true;
    forget.hidden = false;
  }
  return { read, restored: Boolean(saved) };
}
