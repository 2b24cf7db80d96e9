// The packet builder on a printables catalog (packet-builder.njk): collects the reader's choice and, when the
// button is pressed, loads the PDF module (packet-pdf.module.js, with pdf-lib) from this site, builds the packet
// in the browser and saves it. Nothing leaves the browser: the module, the language's data and the PDFs come from
// this site and stay in memory, so once loaded a packet can be built again without a connection.
import { agencyFields, fill, loadEveryFace, strings, valueOf } from "../agency-form/fields.js";

/** A file size the page's way: "850 kB", "1.2 MB". */
function size(bytes, lang) {
  const mega = bytes >= 1e6;
  return new Intl.NumberFormat(lang, { style: "unit", unit: mega ? "megabyte" : "kilobyte", maximumFractionDigits: mega ? 1 : 0 }).format(mega ? bytes / 1e6 : bytes / 1e3);
}

function init(details) {
  const form = details.querySelector("[data-agency-fields]");
  const text = strings(details, "[data-packet-strings]");
  const status = details.querySelector("[data-packet-status]");
  const download = details.querySelector("[data-packet-download]");
  const link = download.querySelector("a");
  const button = details.querySelector("[data-packet-build]");
  const lang = document.documentElement.lang;
  let module = null;
  let saved = "";

  details.hidden = false;
  const fields = agencyFields(form, { onChange() {} });
  // Opened, it loads every face of the page's fonts first, so nothing typed into it makes the page fetch a font slice.
  details.addEventListener("toggle", () => {
    if (details.open && !details.dataset.state) loadEveryFace().then(() => (details.dataset.state = "ready"));
  });
  if (fields.restored) details.open = true;

  async function build() {
    const items = [...form.querySelectorAll('input[name="packet-item"]:checked')].map((box) => box.value);
    const { agency, errors } = fields.read({ all: true });
    if (!items.length || errors) {
      status.textContent = errors ? "" : text.none;
      (errors ? form.querySelector('[aria-invalid="true"]') : form.querySelector('input[name="packet-item"]'))?.focus();
      return;
    }
    button.disabled = true;
    details.setAttribute("data-busy", "");
    status.textContent = text.building;
    try {
      module ??= import(form.dataset.packetModule).catch((error) => {
        module = null; // not loaded: tried again next time
        throw error;
      });
      const { buildPacket } = await module;
      const code = valueOf(form, "packet-lang");
      const packet = await buildPacket({
        items,
        paper: valueOf(form, "packet-paper"),
        dataUrl: form.dataset.packetData.replace("{lang}", code),
        agency: agency.name && agency.phone ? agency : null,
      });
      if (saved) URL.revokeObjectURL(saved);
      saved = URL.createObjectURL(new Blob([packet.bytes], { type: "application/pdf" }));
      link.href = saved;
      link.download = packet.fileName;
      link.textContent = fill(text.download, { size: size(packet.bytes.length, lang) });
      download.hidden = false;
      status.textContent = fill(text.done, { pages: packet.pages });
      link.click();
    } catch (error) {
      status.textContent = text.failed;
      console.warn("Packet builder:", error);
    } finally {
      button.disabled = false;
      details.removeAttribute("data-busy");
    }
  }

  button.addEventListener("click", build);
}

const details = document.querySelector("[data-packet-builder]");
if (details) init(details);
