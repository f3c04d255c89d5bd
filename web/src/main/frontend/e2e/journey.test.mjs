// A complaint from registration to closed, through the console's screens only, as the people who do it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CONSOLE, caseStep, choose, chooseDepartment, launch, openFromList, shot, signIn, until } from './browser.mjs';

let browser;
const complaint = {}; // what one step hands to the next: ids and numbers only
// a complainant of this run only, so the second complaint is a repeat of the first and of nothing older
const phone = `139${String(Date.now()).slice(-8)}`;
const timings = {};

before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  if (Object.keys(timings).length) console.log(`timings: ${JSON.stringify(timings)}`);
});

async function register(page, { level, description, phone, complainedAboutUnit }) {
  await page.goto(`${CONSOLE}/#/register`);
  await choose(page, page.locator('#channel'), '热线');
  await choose(page, page.locator('#category'), '计费/价格');
  await choose(page, page.locator('#level'), `${level}级`);
  await page.locator('#description').fill(description);
  await page.locator('#demand').fill('退还重复扣费');
  await page.locator('#complainant_name').fill('张三');
  await page.locator('#complainant_phone').fill(phone);
  if (complainedAboutUnit !== undefined) await page.locator('#complainedAbout_unitCode').fill(complainedAboutUnit);
}

describe('the console, in a real browser, against the running system', () => {
  test('the SH-PD intake agent registers a complaint through the form; refusals are shown at their fields', async () => {
    const { page, context, signInMillis } = await signIn(browser, 'shpd.agent');
    timings.agentSignIn = signInMillis;
    await page.locator('#description').waitFor();
    // checked in the browser: a phone that is not one
    await register(page, { level: 2, description: '十月账单重复扣费', phone: '12ab' });
    await page.getByRole('button', { name: /登\s*记/ }).click();
    const phoneError = page.locator('#complainant_phone_help');
    await phoneError.getByText('电话格式不正确').waitFor();
    // refused by intake-service (the organisation tree is the service's): shown at the field it names
    await page.locator('#complainant_phone').fill(phone);
    await page.locator('#complainedAbout_unitCode').fill('XX-NOPE');
    await page.getByRole('button', { name: /登\s*记/ }).click();
    await page.locator('#complainedAbout_unitCode_help').getByText('没有这个单位').waitFor();
    await shot(page, '01-agent-refused-at-field');
    await page.locator('#complainedAbout_unitCode').fill('SH-PD');
    await page.getByRole('button', { name: /登\s*记/ }).click();
    const number = page.getByTestId('registration-number');
    await number.waitFor();
    complaint.number = (await number.textContent()).trim();
    complaint.id = page.url().split('/').pop();
    assert.match(complaint.number, /^SH-PD-\d{12}$/);
    await shot(page, '02-agent-registered');

    // the same complainant on the same matter again, now major: flagged as a repeat at once; it escalates to HQ at triage
    await page.getByRole('button', { name: /登记下一件/ }).click();
    await register(page, { level: 1, description: '重复扣费仍未处理，已联系媒体', phone });
    await page.getByRole('button', { name: /登\s*记/ }).click();
    await page.getByTestId('repeat-flag').filter({ hasText: complaint.number }).waitFor();
    complaint.majorNumber = (await number.textContent()).trim();
    await shot(page, '03-agent-repeat-flagged');

    // English, chosen once, is remembered
    await page.locator('#language').click({ force: true });
    await page.locator('.ant-select-item-option').filter({ hasText: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Register' }).waitFor();
    await page.reload();
    await page.getByRole('menuitem', { name: 'Register' }).waitFor();
    await context.close();
  });

  test('the coordinator triages it and assigns the handler', async () => {
    assert.ok(complaint.number, 'registered first');
    const { page, context, signInMillis } = await signIn(browser, 'shpd.coordinator');
    const listed = Date.now();
    await openFromList(page, 'triage', complaint.number);
    timings.coordinatorSignInToCase = signInMillis + (Date.now() - listed);
    await shot(page, '04-coordinator-case');
    await caseStep(page, 'triage', async (d) => {
      await chooseDepartment(page, d, 'responsibleDepartment', '收费部');
    }, '调查中');
    await caseStep(page, 'assign', async (d) => {
      await d.locator('#handlerId').fill('shpd.handler');
      await d.locator('#handlerName').fill('经办人');
      await chooseDepartment(page, d, 'handlerDepartment', '收费部');
    });
    await page.getByText('shpd.handler').first().waitFor();
    await shot(page, '05-coordinator-assigned');

    await openFromList(page, 'triage', complaint.majorNumber);
    await caseStep(page, 'triage', async (d) => {
      await chooseDepartment(page, d, 'responsibleDepartment', '收费部');
    }, '调查中');
    await context.close();
  });

  test('the handler investigates and proposes a remedy; the approver approves it; the handler offers and executes it', async () => {
    const { page, context, signInMillis } = await signIn(browser, 'shpd.handler');
    const opened = Date.now();
    await page.goto(`${CONSOLE}/#/work/mine`);
    await page.getByTestId('tab-mine').locator('.ant-badge').waitFor();
    await page.locator('.ant-table-tbody tr').first().waitFor();
    timings.handlerSignInToWorkList = signInMillis + (Date.now() - opened);
    await openFromList(page, 'mine', complaint.number);
    await caseStep(page, 'contact', async (d) => d.locator('#note').fill('已电话联系投诉人'));
    await caseStep(page, 'findings', async (d) => {
      await d.locator('#findings').fill('系统重复扣费');
      await choose(page, d.locator('#causeCode'), '计费差错');
    });
    await caseStep(page, 'remedy', async (d) => {
      await d.locator('#measures').fill('退还重复扣费');
      await d.locator('#responsiblePerson').fill('王经理');
      const due = new Date(Date.now() + 3 * 86400000).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
      await d.locator('#dueDate').fill(due);
      await d.locator('#dueDate').press('Enter');
    }, '待审批');

    const approver = await signIn(browser, 'shpd.approver');
    await openFromList(approver.page, 'approvals', complaint.number);
    await caseStep(approver.page, 'approve', async (d) => d.locator('#comment').fill('同意'), '方案待提交');
    await shot(approver.page, '06-approver-approved');
    await approver.context.close();

    await page.reload();
    await page.getByTestId('action-offer').waitFor();
    await caseStep(page, 'offer', null, '方案已告知');
    await caseStep(page, 'decision', async (d) => d.getByLabel('接受', { exact: true }).check(), '方案已接受');
    await caseStep(page, 'execute', async (d) => d.locator('#result').fill('已退款'), '已执行');
    await shot(page, '07-handler-executed');
    await context.close();
  });

  test('the coordinator instructs the callback; the callback agent closes it satisfied', async () => {
    const coordinator = await signIn(browser, 'shpd.coordinator');
    await openFromList(coordinator.page, 'executed', complaint.number);
    await caseStep(coordinator.page, 'instructCallback', null, '待回访');
    await coordinator.context.close();

    const { page, context } = await signIn(browser, 'shpd.callback');
    await openFromList(page, 'callbacks', complaint.number);
    await caseStep(page, 'callback', async (d) => d.locator('#satisfaction').getByLabel('满意', { exact: true }).check(), '已关闭');
    await shot(page, '08-callback-closed');
    await context.close();
  });

  test('HQ sees the level-1 complaint on the escalation board', async () => {
    const { page, context } = await signIn(browser, 'hq.supervisor');
    await page.goto(`${CONSOLE}/#/board`);
    const row = page.getByRole('link', { name: complaint.majorNumber, exact: true });
    await until(async () => (await row.count()) > 0, async () => {
      await page.reload();
      await page.getByTestId('signed-in').waitFor();
      await row.first().waitFor({ timeout: 2000 }).catch(() => undefined);
    });
    await shot(page, '09-hq-board');
    await context.close();
  });

  test('the analyst finds it closed in the ledger, exports it, and sees it counted', async () => {
    const { page, context } = await signIn(browser, 'hq.analyst', { lang: 'en' });
    await page.goto(`${CONSOLE}/#/ledger`);
    const cell = page.getByRole('cell', { name: complaint.number, exact: true });
    await until(async () => (await cell.count()) > 0 && (await page.locator('tr', { has: cell }).getByText('Closed').count()) > 0,
      async () => {
        await page.getByRole('button', { name: 'Search' }).click();
        await page.locator('.ant-table-tbody').waitFor();
        await cell.first().waitFor({ timeout: 1000 }).catch(() => undefined);
      });
    await shot(page, '10-analyst-ledger');
    const href = await page.getByTestId('export-csv').getAttribute('href');
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href);
    assert.ok(csv.includes(complaint.number), 'the export holds the complaint');

    await page.goto(`${CONSOLE}/#/statistics`);
    await page.getByText('On-time rate').first().waitFor();
    const total = Number((await page.getByTestId('stats-total').locator('.ant-statistic-content-value').textContent()).replace(/,/g, ''));
    assert.ok(total >= 2, `the month counts both complaints (saw ${total})`);
    await page.locator('canvas').first().waitFor();
    await shot(page, '11-analyst-statistics');

    // signing out ends the identity provider's session too: the console asks for a password again
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('#username').waitFor();
    await page.goto(CONSOLE);
    await page.locator('#username').waitFor();
    await context.close();
  });
});
