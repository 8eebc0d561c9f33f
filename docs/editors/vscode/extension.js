// Minimal VS Code client for `clawc lsp`: starts the server over stdio for JSON5 and openclaw.json files.
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function settings() {
  const config = vscode.workspace.getConfiguration("clawc");
  return {
    openclawVersion: config.get("openclawVersion") || undefined,
    envFiles: config.get("envFiles"),
    rules: config.get("rules"),
    debounceMs: config.get("debounceMs"),
  };
}

function activate(context) {
  const command = vscode.workspace.getConfiguration("clawc").get("path") || "clawc";
  const server = { command, args: ["lsp"], transport: TransportKind.stdio };
  client = new LanguageClient("clawc", "clawc", { run: server, debug: server }, {
    documentSelector: [
      { scheme: "file", language: "json5" },
      { scheme: "file", pattern: "**/openclaw.json" },
    ],
    initializationOptions: settings(),
    synchronize: { configurationSection: "clawc" },
  });
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration("clawc") && client) {
      client.sendNotification("workspace/didChangeConfiguration", { settings: { clawc: settings() } });
    }
  }));
  client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
