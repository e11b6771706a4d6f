/* news-digest: the site opened from disk (file://) works as it does on a web server.
 *
 * The published site keeps directory URLs (stories/<id>/ are permalinks in the feeds). A web
 * server answers such a URL with the folder's index.html; a browser reading files shows the
 * folder instead. And a browser starts no web worker from a file, so Material's search, which
 * runs in one, never gets past "Initializing search". On a web server this script does nothing.
 *
 * - Every link to a folder of the site is pointed at the folder's index.html, including the
 *   links Material adds later (search results).
 * - `Worker` is replaced by one that runs the worker's script in a hidden frame of the page and
 *   passes the messages as a worker would. Material loads the search index from
 *   search/search_index.js when it is opened from disk; the build writes that file.
 */
(() => {
  "use strict";
  if (location.protocol !== "file:") return;

  const toFile = (link) => {
    let url;
    try {
      url = new URL(link.href);
    } catch {
      return; // not a URL (an SVG link, a broken href): left as it is
    }
    if (url.protocol === "file:" && url.pathname.endsWith("/")) {
      url.pathname += "index.html";
      link.href = url.href;
    }
  };
  const fixLinks = (root) => {
    if (root instanceof HTMLAnchorElement) toFile(root);
    if (root.querySelectorAll) root.querySelectorAll("a[href]").forEach(toFile);
  };
  const watch = () => {
    fixLinks(document);
    new MutationObserver((changes) => {
      for (const change of changes) change.addedNodes.forEach(fixLinks);
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch, { once: true });
  } else {
    watch();
  }

  const loadScript = (doc, src) =>
    new Promise((resolve, reject) => {
      const script = doc.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`cannot load ${src}`));
      doc.head.appendChild(script);
    });

  // Messages go both ways as copies, one task later, as between a page and a real worker.
  const later = (deliver, data) => setTimeout(() => deliver(structuredClone(data)));

  class FrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.onmessage = null;
      this.onerror = null;
      this.queued = [];
      this.frame = document.createElement("iframe");
      this.frame.hidden = true;
      this.frame.tabIndex = -1;
      this.frame.title = "Search worker";
      (document.body || document.documentElement).appendChild(this.frame);
      const inner = this.frame.contentWindow;
      // What the worker's script calls: postMessage answers the page; importScripts loads more
      // scripts in order (Material waits for the promise it returns).
      inner.postMessage = (data) => later((copy) => this.emit("message", copy), data);
      inner.importScripts = (...urls) =>
        urls.reduce(
          (done, src) => done.then(() => loadScript(inner.document, src)),
          Promise.resolve(),
        );
      loadScript(inner.document, new URL(url, location.href).href).then(
        () => {
          const waiting = this.queued;
          this.queued = null;
          waiting.forEach((data) => this.postMessage(data));
        },
        (error) => this.emit("error", error),
      );
    }

    emit(type, data) {
      const event =
        type === "message"
          ? new MessageEvent("message", { data })
          : new ErrorEvent("error", { error: data, message: String(data) });
      this.dispatchEvent(event);
      const handler = type === "message" ? this.onmessage : this.onerror;
      if (typeof handler === "function") handler.call(this, event);
    }

    postMessage(data) {
      if (this.queued) {
        this.queued.push(data); // the worker's script is still loading
        return;
      }
      const inner = this.frame.contentWindow;
      later((copy) => inner.dispatchEvent(new inner.MessageEvent("message", { data: copy })), data);
    }

    terminate() {
      this.frame.remove();
    }
  }

  // Material's search worker looks for this name to find its language files from a frame.
  window.IFrameWorker = FrameWorker;
  window.Worker = FrameWorker;
})();
