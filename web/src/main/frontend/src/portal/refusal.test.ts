import { describe, expect, it } from 'vitest';
import { PortalProblem } from './api';
import { portalText } from './messages';
import { problemText } from './refusal';

const refused = (rule: string, field = 'trackingCode') => new PortalProblem({ status: 400, title: 'Bad Request',
  errors: [{ field, rule, message: 'the registration number and the tracking code do not open a complaint' }] });

describe('a refusal, in the complainant\'s words', () => {
  it('says a wrong number or code in the language of the page, without the field\'s name', () => {
    expect(problemText(refused('number-and-code'), (key) => portalText('zh-CN', key)))
      .toBe('操作未成功：登记编号或查询码不正确。');
    const english = problemText(refused('number-and-code'), (key) => portalText('en', key));
    expect(english).toBe('Not done: the registration number or the tracking code is not right.');
    expect(english).not.toContain('trackingCode');
  });

  it('keeps the service\'s words for a rule it has none for', () => {
    expect(problemText(refused('size', 'description'), (key) => portalText('en', key)))
      .toBe('Not done: the registration number and the tracking code do not open a complaint');
  });

  it('says lockouts, ended sessions and lost connections plainly', () => {
    const t = (key: string) => portalText('en', key);
    expect(problemText(new PortalProblem({ status: 429 }), t)).toBe(portalText('en', 'problem.locked'));
    expect(problemText(new PortalProblem({ status: 401 }), t)).toBe(portalText('en', 'problem.session'));
    expect(problemText(new PortalProblem({ status: 0 }), t)).toBe(portalText('en', 'problem.network'));
  });
});
