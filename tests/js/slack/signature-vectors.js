#!/usr/bin/env node
// Asks Slack's official @slack/events-api (verifyRequestSignature) for its verdict on request-signing cases,
// the way its own HTTP handler calls it: both headers required, the timestamp header parsed with
// parseInt(…, 10), and "now" fixed per case so the five-minute check is deterministic.
//
// stdin:  [{"name","signingSecret","timestampHeader","signatureHeader","body","nowSeconds"}, …]
// stdout: [{"name","accepted","error"}, …]   (error: the library's error code when it rejected)
'use strict';

const { verifyRequestSignature } = require('@slack/events-api');

function verdict(testCase) {
  const realNow = Date.now;
  Date.now = () => testCase.nowSeconds * 1000;
  try {
    // Mirrors @slack/events-api's createHTTPHandler: a missing header is rejected before verification.
    if (!testCase.signatureHeader || !testCase.timestampHeader) {
      return { name: testCase.name, accepted: false, error: 'missing_headers' };
    }
    verifyRequestSignature({
      signingSecret: testCase.signingSecret,
      requestSignature: testCase.signatureHeader,
      requestTimestamp: parseInt(testCase.timestampHeader, 10),
      body: testCase.body,
    });
    return { name: testCase.name, accepted: true, error: null };
  } catch (error) {
    return { name: testCase.name, accepted: false, error: error.code || String(error) };
  } finally {
    Date.now = realNow;
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const cases = JSON.parse(input);
  process.stdout.write(JSON.stringify(cases.map(verdict)));
});
