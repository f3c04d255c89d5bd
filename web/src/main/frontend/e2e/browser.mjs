// Headless Chromium (Debian's package) driven by playwright-core: no browser is downloaded.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const CONSOLE = process.env.CONSOLE_URL ?? 'http://127.0.0.1:8080';
export const SCREENSHOTS = resolve(process.env.SCREENSHOTS_DIR ?? new URL('../../../../target/screenshots', import.meta.url).pathname);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// the machine's network is closed: no background connections, no first-run or sync chatter
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** A person signed in through the identity provider's own sign-in page, in a browser context of their own. */
export async function signIn(browser, username, { lang = 'zh-CN' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang, timezoneId: 'Asia/Shanghai' });
  // the person's first language; a choice made in the console afterwards is kept
  await context.addInitScript((chosen) => {
    if (!localStorage.getItem('complaints.console.language')) localStorage.setItem('complaints.console.language', chosen);
  }, lang);
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const started = Date.now();
  await page.goto(CONSOLE);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('complaints');
  await page.locator('#kc-login').click();
  await page.getByTestId('signed-in').waitFor();
  return { page, context, signInMillis: Date.now() - started };
}

export async function shot(page, name) {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`screenshot: ${path}`);
  return path;
}

/** Picks an option of an Ant Design select by its visible label. */
export async function choose(page, fieldLocator, label) {
  await fieldLocator.click({ force: true }); // a chosen value lies over the input
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: label }).first().click();
}

/**
 * Waits until `found` holds, doing `refresh` between looks: for what other services show a moment later
 * (the ledger and work lists are fed from Kafka). Each look waits for the page, not for a fixed time.
 */
export async function until(found, refresh, { attempts = 30 } = {}) {
  for (let i = 0; i < attempts; i++) {
    if (await found()) return;
    await refresh();
  }
  throw new Error('condition not met after refreshing');
}

/** In the console: opens a case from a work list tab, refreshing until the case is listed there. */
export async function openFromList(page, tab, number) {
  await page.goto(`${CONSOLE}/#/work/${tab}`);
  const row = page.getByRole('link', { name: number, exact: true });
  await until(async () => (await row.count()) > 0, async () => {
    await page.getByRole('button', { name: /刷新|Refresh/ }).click();
    await page.locator('.ant-table-tbody').first().waitFor();
    await row.first().waitFor({ timeout: 1000 }).catch(() => undefined);
  });
  await row.first().click();
  await page.getByTestId('case-title').filter({ hasText: number }).waitFor();
}

/** In the console: one step of the case page (its button, its dialog's fields, submit); waits for the new status. */
export async function caseStep(page, action, fill, status) {
  await page.getByTestId(`action-${action}`).click();
  const dialog = page.locator('.ant-modal:visible');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.locator('.ant-modal-title').click(); // closes any open suggestion list
  await dialog.getByRole('button', { name: /提\s*交|Submit/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  if (status) await page.locator('.ant-card-extra .ant-tag').filter({ hasText: status }).first().waitFor();
}

/** In the console: picks a department of the case's unit by its name (the list is read from the organisation). */
export async function chooseDepartment(page, dialog, field, name) {
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first();
  for (let attempt = 1; ; attempt++) {
    // the unit's departments are read when the dialog opens: typing before they arrived finds nothing, so type again
    await dialog.locator(`#${field}`).fill(name);
    const shown = await option.waitFor({ timeout: 10_000 }).then(() => true, () => false);
    if (shown) break;
    if (attempt === 4) throw new Error(`no department ${name} offered in ${field}`);
    await dialog.locator(`#${field}`).fill('');
  }
  await option.click();
}
