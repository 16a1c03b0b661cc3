/// The script and styles a preview adds to the paper's page: they listen for rebuilds, swap
/// the new paper in keeping the scroll position, and show errors and warnings over it.
///
/// Diagnostics are put on the page with `textContent`, never as HTML, so nothing in a paper
/// can run in the preview.
enum PreviewClient {
    static let style = """
    #tabled-preview { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1b1b1b; }
    body.tabled-preview-stale > :not(#tabled-preview):not(script) { filter: grayscale(1); opacity: .35; pointer-events: none; user-select: none; }
    #tabled-preview .tp-overlay { position: fixed; top: 2rem; left: 50%; transform: translateX(-50%); width: min(60rem, calc(100vw - 2rem));
      max-height: calc(100vh - 4rem); overflow: auto; box-sizing: border-box; background: #fff; border: 2px solid #b00020;
      border-radius: 6px; box-shadow: 0 12px 40px rgba(0, 0, 0, .35); padding: 1rem 1.25rem; z-index: 2147483646; }
    #tabled-preview h2 { color: #b00020; font: 700 1.15rem/1.3 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; margin: 0 0 .25rem; padding: 0; border: 0; }
    #tabled-preview .tp-overlay > p { margin: 0 0 .75rem; }
    #tabled-preview ol { list-style: none; margin: 0; padding: 0; }
    #tabled-preview li { margin: 0 0 1rem; }
    #tabled-preview pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
    #tabled-preview .tp-message { font-weight: 600; }
    #tabled-preview .tp-excerpt { background: #f4f4f4; border-left: 3px solid #999; padding: .4rem .6rem; margin-top: .35rem; white-space: pre; overflow-x: auto; }
    #tabled-preview .tp-excerpt .tp-marked { background: #ffe1e1; display: inline-block; min-width: 100%; }
    #tabled-preview .tp-excerpt .tp-caret { color: #b00020; font-weight: 700; }
    #tabled-preview .tp-strip { position: fixed; top: 0; left: 0; right: 0; background: #fff4c2; border-bottom: 2px solid #c79a00;
      padding: .5rem 3rem .5rem 1rem; max-height: 35vh; overflow: auto; z-index: 2147483645; box-shadow: 0 4px 12px rgba(0, 0, 0, .15); }
    #tabled-preview .tp-strip button { position: absolute; top: .4rem; right: .6rem; font: inherit; font-size: 1.1rem; line-height: 1;
      padding: .2rem .5rem; border: 1px solid #c79a00; border-radius: 4px; background: #fff; cursor: pointer; }
    #tabled-preview .tp-strip .tp-excerpt { background: #fffbe6; }
    #tabled-preview .tp-offline { position: fixed; bottom: 1rem; right: 1rem; background: #1b1b1b; color: #fff; padding: .5rem .8rem;
      border-radius: 4px; z-index: 2147483647; }
    #tabled-preview [hidden] { display: none; }
    @media print { #tabled-preview { display: none; } body.tabled-preview-stale > * { filter: none; opacity: 1; } }
    """

    static let script = #"""
    (() => {
      "use strict";
      const host = document.getElementById("tabled-preview");
      const overlay = host.querySelector(".tp-overlay");
      const strip = host.querySelector(".tp-strip");
      const offline = host.querySelector(".tp-offline");
      let shownPaper = Number(host.dataset.paper);
      let dismissed = "";
      let running = false;
      let again = false;

      function element(tag, className, text) {
        const node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
      }

      function entryItem(entry) {
        const item = element("li");
        const lines = entry.text.split("\n");
        item.appendChild(element("pre", "tp-message", lines[0]));
        if (lines.length > 1) item.appendChild(element("pre", "tp-notes", lines.slice(1).join("\n")));
        if (entry.excerpt.length > 0) {
          const width = String(entry.excerpt[entry.excerpt.length - 1].number).length;
          const excerpt = element("pre", "tp-excerpt");
          for (const line of entry.excerpt) {
            const number = String(line.number).padStart(width, " ");
            const row = element("span", line.caret ? "tp-marked" : "", number + " | " + line.text);
            excerpt.appendChild(row);
            excerpt.appendChild(document.createTextNode("\n"));
            if (line.caret) {
              const pad = " ".repeat(width) + " | " + " ".repeat(Math.max(0, line.caret - 1));
              excerpt.appendChild(element("span", "tp-caret", pad + "^"));
              excerpt.appendChild(document.createTextNode("\n"));
            }
          }
          item.appendChild(excerpt);
        }
        return item;
      }

      function list(entries) {
        const ol = element("ol");
        for (const entry of entries) ol.appendChild(entryItem(entry));
        return ol;
      }

      function plural(count, word) { return count + " " + word + (count === 1 ? "" : "s"); }

      function show(status) {
        const failing = status.errors.length > 0;
        document.body.classList.toggle("tabled-preview-stale", failing && status.paper > 0);
        overlay.replaceChildren();
        overlay.hidden = !failing;
        if (failing) {
          overlay.appendChild(element("h2", "", plural(status.errors.length, "error") + " in " + status.file));
          overlay.appendChild(element("p", "", status.paper > 0
            ? "The paper is not rendered until they are fixed; behind this is the last version that was. Save the file to try again."
            : "The paper has not rendered yet. Fix these and save the file."));
          overlay.appendChild(list(status.errors));
        }
        const key = JSON.stringify(status.warnings);
        strip.replaceChildren();
        strip.hidden = failing || status.warnings.length === 0 || key === dismissed;
        if (!strip.hidden) {
          const close = element("button", "", "\u00d7");
          close.type = "button";
          close.title = "Dismiss these warnings";
          close.setAttribute("aria-label", "Dismiss these warnings");
          close.addEventListener("click", () => { dismissed = key; strip.hidden = true; });
          strip.appendChild(close);
          strip.appendChild(element("strong", "", plural(status.warnings.length, "warning")));
          strip.appendChild(list(status.warnings));
        }
      }

      async function swapPaper(version) {
        const response = await fetch("/_preview/paper", { cache: "no-store" });
        if (!response.ok) return false;
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        const x = window.scrollX, y = window.scrollY;
        document.title = page.title;
        for (const old of document.head.querySelectorAll("style:not([data-tabled-preview])")) old.remove();
        for (const style of page.head.querySelectorAll("style")) document.head.appendChild(document.importNode(style, true));
        for (const node of Array.from(document.body.childNodes)) {
          if (node !== host && !(node.dataset && node.dataset.tabledPreview !== undefined)) node.remove();
        }
        for (const node of Array.from(page.body.childNodes)) document.body.insertBefore(document.importNode(node, true), host);
        window.scrollTo(x, y);
        shownPaper = version;
        return true;
      }

      async function refresh() {
        if (running) { again = true; return; }
        running = true;
        try {
          do {
            again = false;
            const response = await fetch("/_preview/status", { cache: "no-store" });
            const status = await response.json();
            if (status.paper > 0 && status.paper !== shownPaper) await swapPaper(status.paper);
            show(status);
            offline.hidden = true;
            host.dataset.version = String(status.version);
          } while (again);
        } catch (error) {
          offline.hidden = false;
        } finally {
          running = false;
        }
      }

      const events = new EventSource("/_preview/events");
      events.addEventListener("update", refresh);
      events.addEventListener("open", refresh);
      events.addEventListener("error", () => { offline.hidden = false; });
    })();
    """#
}
