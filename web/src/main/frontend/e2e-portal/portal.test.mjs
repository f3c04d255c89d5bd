// The complainant portal in a real browser, against the running system (PortalInBrowserIT starts it with a
// mail catcher): file, follow, decline, accept, answer the callback. Kept apart from the console's e2e/,
// whose run needs no mailbox. The branch coordinator triages it in the console, signed in through the
// identity provider's page; the complainant's mailbox and the rest of the branch's part: BRANCH_DESK_URL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CONSOLE, caseStep, choose, chooseDepartment, launch, openFromList, shot, signIn, until } from '../e2e/browser.mjs';

const DESK = process.env.BRANCH_DESK_URL;
const PORTAL = `${CONSOLE}/portal/`;
const PHONE = { name: 'phone', width: 390, height: 844 };
const LAPTOP = { name: 'laptop', width: 1366, height: 768 };
// the portal lets one address make 30 requests a minute: a status is looked at again every 3 s at most
const LOOK = 3000;

let browser;
const complaint = {}; // what one step hands to the next
const email = `c${Date.now().toString(36)}@example.com`;

before(async () => {
  assert.ok(DESK, 'BRANCH_DESK_URL names the branch desk (PortalInBrowserIT starts it)');
  browser = await launch();
});
after(async () => { await browser?.close(); });

/** Asks the branch desk (mailbox and staff); the answer comes once its condition holds. */
async function desk(path, body = {}) {
  const response = await fetch(DESK + path, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  const answer = await response.json();
  assert.equal(response.status, 200, `${path}: ${answer.error}`);
  return answer;
}

async function complainantPage(viewport = PHONE) {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai', isMobile: viewport === PHONE, hasTouch: viewport === PHONE });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  await page.goto(PORTAL);
  await page.getByTestId('go-file').waitFor();
  return { page, context };
}

async function language(page, lang) {
  if (await page.evaluate(() => document.documentElement.lang) === lang) return;
  await page.getByTestId('lang').click();
  await page.locator(`html[lang="${lang}"]`).waitFor();
}

/** The page as it is now, phone-sized and laptop-sized, in zh-CN and English; left phone-sized in zh-CN. */
async function shots(page, name) {
  for (const viewport of [PHONE, LAPTOP]) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const lang of ['zh-CN', 'en']) {
      await language(page, lang);
      await shot(page, `${name}-${viewport.name}-${lang}`);
    }
  }
  await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
  await language(page, 'zh-CN');
}

/** Refreshes the complaint's page until it shows this status . */
async function awaitStatus(page, status, { attempts = 25 } = {}) {
  const shown = page.locator(`[data-testid="status"][data-status="${status}"]`);
  for (let i = 0; i < attempts; i++) {
    await page.getByTestId('refresh').click();
    if (await shown.waitFor({ timeout: LOOK }).then(() => true, () => false)) return;
  }
  throw new Error(`the portal did not show ${status}`);
}

/**
 * The branch coordinator, signed in to the console, triages the filed complaint from the triage list
 * (level 3: the remedy needs no approval) and assigns the handler.
 */
async function triageInConsole(number) {
  const { page, context } = await signIn(browser, 'shpd.coordinator');
  try {
    await openFromList(page, 'triage', number);
    await caseStep(page, 'triage', async (d) => {
      await choose(page, d.locator('#level'), '3级');
      await chooseDepartment(page, d, 'responsibleDepartment', '收费部');
    }, '调查中');
    await caseStep(page, 'assign', async (d) => {
      await d.locator('#handlerId').fill('shpd.handler');
      await d.locator('#handlerName').fill('Handler of Pudong');
      await chooseDepartment(page, d, 'handlerDepartment', '收费部');
    });
    await page.getByText('shpd.handler').first().waitFor();
    await shot(page, 'console-coordinator-triaged');
  } finally {
    await context.close();
  }
}

async function followWith(page, number, code) {
  await page.getByTestId('go-follow').click();
  await page.getByTestId('number').fill(number);
  await page.getByTestId('code').fill(code);
}

describe('the complainant portal, in a real browser, against the running system', () => {
  test('a complainant files a complaint with the code e-mailed to them and gets its number and tracking code', async () => {
    complaint.satisfiedBefore = (await desk('/statistics/satisfied')).count;
    const { page, context } = await complainantPage();
    await shots(page, '01-home');
    await page.getByTestId('go-file').click();

    await page.getByTestId('branch').click();
    // by region, then branch: the organisation tree's names
    await page.locator('.ant-cascader-menu-item').filter({ hasText: 'Shanghai subsidiary' }).first().click();
    await page.locator('.ant-cascader-menu-item').filter({ hasText: 'Pudong branch' }).first().click();
    await page.getByTestId('category').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: '计费/价格' }).first().click();
    await page.getByTestId('description').fill('十月账单重复扣费');
    await page.getByTestId('demand').fill('退还重复扣费');
    await page.getByTestId('name').fill('张三');
    await page.getByTestId('phone').fill('13812345678');
    await page.getByTestId('email').fill(email);
    await page.getByTestId('consent').check();
    await shots(page, '02-file-form');

    // the code step: a 6-digit code to the address, read from the mailbox as the complainant would
    await page.getByTestId('send-code').click();
    await page.getByText(/验证码已发送|A code was sent/).waitFor();
    const { code } = await desk('/mail/code', { email });
    await page.getByTestId('email-code').fill(code);
    await shots(page, '03-code-step');

    await page.getByTestId('submit').click();
    const number = page.getByTestId('filed-number');
    await number.waitFor();
    complaint.number = (await number.textContent()).trim();
    complaint.code = (await page.getByTestId('filed-code').textContent()).trim();
    assert.match(complaint.number, /^SH-PD-\d{12}$/);
    assert.ok(complaint.code.length >= 20, 'a tracking code with enough entropy');
    assert.ok(!page.url().includes(complaint.code) && !page.url().includes(email), 'nothing of the complaint in the address');
    assert.equal((await desk('/mail/tracking-code', { email })).trackingCode, complaint.code, 'the same code e-mailed');
    await shots(page, '04-confirmation');
    await context.close();
  });

  test('a wrong tracking code is refused exactly as an unknown number is', async () => {
    assert.ok(complaint.number, 'filed first');
    const { page, context } = await complainantPage(LAPTOP);
    await followWith(page, complaint.number, 'AAAA-BBBB-CCCC');
    await shots(page, '05-follow');
    await page.getByTestId('open').click();
    const refusal = page.getByTestId('follow-error');
    await refusal.waitFor();
    const wrongCode = (await refusal.textContent()).trim();
    assert.ok(!wrongCode.includes('trackingCode'), `in the complainant's words: ${wrongCode}`);
    await shots(page, '06-refused');
    // worded again in the language switched to
    await language(page, 'en');
    await refusal.filter({ hasText: 'the registration number or the tracking code is not right' }).waitFor();
    await language(page, 'zh-CN');

    await page.goto(PORTAL);
    await followWith(page, 'SH-PD-209901010001', 'AAAA-BBBB-CCCC');
    await page.getByTestId('open').click();
    await refusal.waitFor();
    assert.equal((await refusal.textContent()).trim(), wrongCode, 'the same refusal for a wrong code and an unknown number');
    assert.equal(await page.getByTestId('status').count(), 0, 'nothing of a complaint shown');
    await context.close();
  });

  test('the complainant follows it, declines the first remedy with a reason, accepts the second and answers the callback',
    async () => {
      assert.ok(complaint.number, 'filed first');
      const { page, context } = await complainantPage();
      await followWith(page, complaint.number, complaint.code);
      await page.getByTestId('open').click();
      await page.getByTestId('status').waitFor();
      await page.getByTestId('complaint-number').filter({ hasText: complaint.number }).waitFor();

      await triageInConsole(complaint.number);
      await awaitStatus(page, 'INVESTIGATING');
      await page.locator('[data-step="TRIAGED"]').waitFor();
      assert.ok(!(await page.content()).includes('Handler of Pudong'), 'no staff name shown');
      // more information while it is open
      await page.getByTestId('more-text').fill('扣费发生在10月3日和10月5日');
      await page.getByTestId('more-send').click();
      await page.locator('[data-step="INFORMATION_ADDED"]').waitFor();
      // sent once: the field is emptied
      await page.waitForFunction(() => document.querySelector('[data-testid="more-text"]')?.value === '');
      await shots(page, '07-status-add-information-withdraw');

      await desk('/branch/investigate', { number: complaint.number });
      await desk('/branch/offer', { number: complaint.number, measures: '退还重复扣费' });
      await awaitStatus(page, 'OFFERED');
      await page.getByTestId('remedy-measures').filter({ hasText: '退还重复扣费' }).waitFor();
      await page.getByTestId('decline-reason').fill('只退款不够，要求补偿');
      await shots(page, '08-remedy-decide');
      await page.getByTestId('decline').click();
      await page.locator('[data-step="YOU_DECLINED"]').waitFor();
      await desk('/branch/await', { number: complaint.number, status: 'INVESTIGATING' });
      await awaitStatus(page, 'INVESTIGATING');
      await shots(page, '09-remedy-declined');

      await desk('/branch/offer', { number: complaint.number, measures: '退还重复扣费并赠送50元代金券' });
      await awaitStatus(page, 'OFFERED');
      await page.getByTestId('remedy-measures').filter({ hasText: '代金券' }).waitFor();
      await page.getByTestId('accept').click();
      await page.locator('[data-step="YOU_ACCEPTED"]').waitFor();
      await desk('/branch/await', { number: complaint.number, status: 'ACCEPTED' });
      await awaitStatus(page, 'ACCEPTED');

      await desk('/branch/carry-out', { number: complaint.number });
      await awaitStatus(page, 'CALLBACK_DUE');
      const callback = page.getByTestId('callback');
      await callback.getByText('满意', { exact: true }).first().click();
      await shots(page, '10-callback');
      await callback.getByTestId('callback-send').click();
      await page.locator('[data-step="YOU_ANSWERED_CALLBACK"]').waitFor();
      await desk('/branch/await', { number: complaint.number, status: 'CLOSED' });
      await awaitStatus(page, 'CLOSED');
      await page.locator('[data-step="CALLBACK_DONE"]').waitFor();
      for (const step of ['FILED', 'TRIAGED', 'REMEDY_OFFERED', 'REMEDY_DECLINED', 'REMEDY_ACCEPTED', 'CLOSED']) {
        assert.ok(await page.locator(`[data-step="${step}"]`).count() > 0, `the timeline shows ${step}`);
      }
      await shots(page, '11-closed');
      await context.close();
    });

  test('the statistics count the callback answered online', async () => {
    assert.ok(complaint.satisfiedBefore !== undefined, 'counted before');
    await desk('/statistics/await-satisfied', { atLeast: complaint.satisfiedBefore + 1 });
  });
});
