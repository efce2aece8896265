// printableHtmlProblem: the review pack's own page passes, whatever its text says; anything that could load content does not.
import { describe, expect, it } from 'vitest';
import { printableHtmlProblem } from '../../../shared/export/printable-html-check';
import { reviewPackHtml } from '../../../shared/export/review-pack-html';
import { reviewPackInput } from '../../../shared/export/review-pack-input';
import { pipelineRows } from '../../../shared/pipeline';
import { buildDealWithSaboteur } from '../../support/deal-builder';
import { packInput, qualify } from './review-pack-fixture';

describe('printableHtmlProblem', () => {
  it('passes the review pack generator’s page, with and without a review', () => {
    expect(printableHtmlProblem(reviewPackHtml(packInput({ withReview: true })))).toBeNull();
    expect(printableHtmlProblem(reviewPackHtml(packInput({ withReview: false })))).toBeNull();
  });

  it('reads only markup: a deal whose text mentions url(s), src= and <iframe> still prints', () => {
    const deal = buildDealWithSaboteur({ name: 'Send the url(s) <iframe src="http://x"> src=http://x', account: 'Url(s) & href=https://y AB' });
    const page = reviewPackHtml(
      reviewPackInput({ asOf: '2026-11-27', deals: [deal], qualify, rows: pipelineRows([deal], qualify), review: null, changes: null, scope: 'url(http://z)' }),
    );
    expect(page).toContain('url(s)');
    expect(printableHtmlProblem(page)).toBeNull();
  });

  it.each([
    ['<a href="#deal-acme">Acme</a>'],
    ['<img alt="map" src="data:image/png;base64,iVBORw0KGgo=">'],
    ['<svg><rect fill="url(#grad)" transform="translate(4 5)"/><use xlink:href="#node"/></svg>'],
    ['<style>p { background: url("data:image/svg+xml;utf8,x"); }</style><p>x</p>'],
    ['<meta http-equiv="Content-Security-Policy" content="default-src \'none\'"><meta charset="utf-8">'],
    ['<p>a < b, and 3 <4</p>'],
    ['<a href=" #top">top</a>'],
  ])('allows what only points inside the page: %s', (html) => {
    expect(printableHtmlProblem(html)).toBeNull();
  });

  it.each([
    ['<iframe src="#x"></iframe>', 'it holds <iframe>, which could load other content'],
    ['<IFRAME SRC=#x>', 'it holds <iframe>, which could load other content'],
    ['<object data="#x"></object>', 'it holds <object>, which could load other content'],
    ['<embed src="#x">', 'it holds <embed>, which could load other content'],
    ['<link rel="stylesheet" href="style.css">', 'it holds <link>, which could load other content'],
    ['<script>1</script>', 'it holds <script>, which could load other content'],
    ['<Base href="file:///">', 'it holds <base>, which could load other content'],
    ['<meta http-equiv="refresh" content="0;url=file:///etc/passwd">', 'its <meta> has <meta http-equiv="refresh">'],
    ['<META HTTP-EQUIV=Refresh CONTENT=0>', 'its <meta> has <meta http-equiv="Refresh">'],
    ['<img src="file:///etc/passwd">', 'its <img> has src= pointing outside the page'],
    ['<IMG SRC=https://tracker.example/p.png>', 'its <img> has src= pointing outside the page'],
    ['<img alt=">" src="https://x.example">', 'its <img> has src= pointing outside the page'],
    ['<img src="&#35;x">', 'its <img> has src= pointing outside the page'],
    ['<a href="https://example.com">x</a>', 'its <a> has href= pointing outside the page'],
    ['<svg><image xlink:href="http://x.example/a.png"/></svg>', 'its <image> has xlink:href= pointing outside the page'],
    ['<img srcset="data:image/png;base64,AA 1x, http://x.example 2x">', 'its <img> has a srcset attribute'],
    ['<p style="background: URL(https://x.example)">', 'its <p> has a url( pointing outside the page'],
    ['<rect fill="url(\'file:///x\')"/>', 'its <rect> has a url( pointing outside the page'],
    ['<rect fill="&#x75;rl(http://x.example)"/>', 'its <rect> has a url( pointing outside the page'],
    ['<p style="background: \\75rl(http://x.example)">', 'its <p> uses CSS escapes'],
    ['<style>@import "x.css";</style>', 'its <style> imports a stylesheet'],
    ['<style>p { background: url(file:///x) }</style>', 'its <style> has a url( pointing outside the page'],
    ['<style>p { background: image-set("http://x.example" 1x) }</style>', 'its <style> has a CSS image function that could load a URL'],
    ['<svg><style>p { background: &#x75;rl(http://x.example) }</style></svg>', 'its <style> has a url( pointing outside the page'],
    ['<svg><style><img src=x></style></svg>', 'its <style> holds markup'],
    ['<!--><img src=http://x.example>-->', 'it holds a comment or a declaration'],
    ['<p>x</p><img src="http://x.example', 'it ends inside a tag'],
  ])('refuses %s', (html, problem) => {
    expect(printableHtmlProblem(html)).toBe(problem);
  });
});
