/* 分析台查询日志 (admins): the audit log, filtered by user, outcome, kind and personal data. */
(function () {
    const WORDS = {
        zh: {when: '时间', user: '用户', role: '角色', snapshot: '快照', kind: '类型', sql: 'SQL', rows: '行数', ms: '耗时（毫秒）', outcome: '结果',
             cancelled: '超时取消', personal: '个人信息', message: '说明', yes: '是', no: '否', none: '没有符合条件的记录。',
             ok: '成功', refused: '被拒绝', failed: '出错', query: '查询', csv: '导出 CSV', xlsx: '导出 Excel', analyst: '分析员', admin: '管理员'},
        en: {when: 'When', user: 'User', role: 'Role', snapshot: 'Snapshot', kind: 'Kind', sql: 'SQL', rows: 'Rows', ms: 'Duration (ms)', outcome: 'Outcome',
             cancelled: 'Cancelled', personal: 'Personal data', message: 'Message', yes: 'yes', no: 'no', none: 'Nothing matches.',
             ok: 'ok', refused: 'refused', failed: 'failed', query: 'query', csv: 'CSV export', xlsx: '.xlsx export', analyst: 'analyst', admin: 'admin'}
    };
    const w = key => (WORDS[window.Bastion.lang] || WORDS.zh)[key] || key;

    async function load() {
        const B = window.Bastion;
        const form = document.getElementById('audit-filters');
        const params = new URLSearchParams();
        new FormData(form).forEach((value, key) => { if (value) params.set(key, value); });
        const container = document.getElementById('audit');
        try {
            const response = await fetch('/api/admin/workbench/audit?' + params, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
            if (!response.ok) throw new Error(response.statusText);
            const entries = await response.json();
            if (!entries.length) { B.empty(container, w('none')); return; }
            const heads = ['when', 'user', 'snapshot', 'kind', 'sql', 'rows', 'ms', 'outcome', 'cancelled', 'personal', 'message'];
            container.replaceChildren(B.el('table', {class: 'data wb-audit', 'data-table': 'workbench-audit'},
                B.el('thead', {}, B.el('tr', {}, heads.map(h => B.el('th', {class: h === 'rows' || h === 'ms' ? 'num' : '', text: w(h)})))),
                B.el('tbody', {}, entries.map(e => B.el('tr', {},
                    B.el('td', {text: e.startedAt.replace('T', ' ').slice(0, 19)}),
                    B.el('td', {text: e.username}),
                    B.el('td', {text: w(e.snapshot)}),
                    B.el('td', {text: w(e.kind)}),
                    B.el('td', {class: 'sql', text: e.sql}),
                    B.el('td', {class: 'num', text: B.fmt.count(e.rows)}),
                    B.el('td', {class: 'num', text: B.fmt.count(e.durationMs)}),
                    B.el('td', {class: e.outcome === 'ok' ? '' : 'status-missed', text: w(e.outcome)}),
                    B.el('td', {text: e.cancelled ? w('yes') : w('no')}),
                    B.el('td', {text: e.personalData ? w('yes') : w('no')}),
                    B.el('td', {text: e.message || ''}))))));
        } catch (error) { B.failure(container, error); }
    }

    document.addEventListener('DOMContentLoaded', () => {
        document.getElementById('audit-filters').addEventListener('submit', event => { event.preventDefault(); load(); });
        load();
    });
})();
