// The JavaScript peer for the load benchmark: what a team choosing the stock Bot Framework SDK for Node would
// write for the same job. botbuilder + botbuilder-dialogs, a six-step intake waterfall of text prompts, and
// conversation state in MemoryStorage (nothing durable, nothing encrypted). Hosted on Node's own http module so
// that no web framework adds cost; the benchmark starts it like the echo bot: node bot.js --port N.
'use strict';
const http = require('http');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, ActivityHandler } = require('botbuilder');
const { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog } = require('botbuilder-dialogs');

const portIndex = process.argv.indexOf('--port');
const port = portIndex >= 0 ? Number(process.argv[portIndex + 1]) : 3978;

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context) => { await context.sendActivity('Sorry, something went wrong.'); };

const conversationState = new ConversationState(new MemoryStorage());
const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
dialogs.add(new TextPrompt('text'));
const questions = [
  'Hello. What would you like to call this report?',
  'What happened? You can say as much or as little as you like.',
  'When did it happen?',
  'Where did it happen (online or a place)?',
  'Is anyone helping you now?',
  'Would you like legal options or a counsellor?',
];
dialogs.add(new WaterfallDialog('intake', [
  ...questions.map((question, i) => async (step) => {
    if (i > 0) step.values[`a${i}`] = step.result;
    return step.prompt('text', question);
  }),
  async (step) => {
    await step.context.sendActivity('Thank you. Your report is kept.');
    return step.endDialog();
  },
]));

class IntakeBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog('intake');
      await next();
    });
  }

  async run(context) {
    await super.run(context);
    await conversationState.saveChanges(context, false);
  }
}
const bot = new IntakeBot();

// A minimal request/response shim with what CloudAdapter.process reads and calls.
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    if (req.method !== 'POST' || req.url !== '/api/messages') { res.statusCode = 404; res.end(); return; }
    try { req.body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { res.statusCode = 400; res.end(); return; }
    const response = {
      socket: res.socket,
      status(code) { res.statusCode = code; return this; },
      header(name, value) { res.setHeader(name, value); return this; },
      send(body) {
        if (body !== undefined) {
          const text = typeof body === 'string' ? body : JSON.stringify(body);
          if (!res.hasHeader('content-type')) res.setHeader('content-type', 'application/json');
          res.write(text);
        }
        return this;
      },
      end() { res.end(); return this; },
    };
    try {
      await adapter.process(req, response, (context) => bot.run(context));
    } catch {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    }
  });
});
server.listen(port, '127.0.0.1');
