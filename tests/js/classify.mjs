/* Calls the page's own classify() (the built site's check.js) for the tests, without a browser.
 * Usage: node classify.mjs SITE/assets/js/check.js < requests
 * Each line in is JSON: {"lists": {...}} to set the checker page's lists, or {"text": "..."} to
 * judge a text; each line out is the JSON of classify(text, lists), or {"error": "..."}. */
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

const { classify } = await import(pathToFileURL(process.argv[2]).href);
let lists = null;
for await (const line of createInterface({ input: process.stdin })) {
  let answer;
  try {
    const request = JSON.parse(line);
    if (request.lists) {
      lists = request.lists;
      answer = { ok: true };
    } else {
      answer = classify(request.text, lists);
    }
  } catch (error) {
    answer = { error: String(error && error.stack ? error.stack : error) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
}
