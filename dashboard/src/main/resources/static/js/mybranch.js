/* 我的支部: this month's submission, refused files, the rows to correct, the upload of the corrected file, the history. */
(function () {
    'use strict';
    const B = window.Bastion;
    const PROBLEMS_SHOWN = 12;
    const FIRST_PROBLEMS = 10;

    const word = (key, ...args) => {
        const node = document.querySelector('#words [data-word="' + key + '"]');
        return (node ? node.textContent : key).replace(/\{(\d)\}/g, (_, i) => args[i]);
    };

    function tagRows(container, testid) {
        const tag = () => {
            container.querySelectorAll('tbody tr').forEach(row => row.setAttribute('data-testid', testid));
            container.querySelectorAll('td[data-column=sha256]').forEach(cell => cell.setAttribute('title', cell.textContent));
        };
        new MutationObserver(tag).observe(container, {childList: true, subtree: true});
        tag();
    }

    /** A 党总支 secretary (or an admin) picks the organization the page is about. */
    function chooser(main, choices) {
        const node = document.getElementById('chooser');
        if (!choices || choices.rows.length < 2) {
            node.replaceChildren();
            return;
        }
        const current = main.dataset.org;
        const select = B.el('select', {'data-testid': 'branch-select', 'aria-label': word('choose')},
            current ? null : B.el('option', {value: '', text: '—'}),
            choices.rows.map(row => B.el('option', {value: row.organization.code, title: row.organization.code,
                selected: row.organization.code === current ? 'selected' : null,
                text: '\u3000'.repeat(Math.max(0, row.depth - 1)) + row.organization.name + '（' + row.kind + '）'})));
        select.addEventListener('change', () => {
            if (select.value) window.location.href = B.href('/mybranch', {org: select.value});
        });
        node.replaceChildren(B.el('form', {class: 'inline chooser', onsubmit: event => event.preventDefault()},
            B.el('label', {}, B.el('span', {text: word('choose')}), select),
            B.el('span', {class: 'muted', text: word('chooseHint')})));
    }

    /** The selected organization's line for the month, and the organizations below it. */
    function thisMonth(container, table, orgCode, monthIso) {
        const own = table.rows.find(row => row.organization.code === orgCode);
        const month = B.fmt.month(monthIso);
        const parts = [];
        if (own) {
            const sent = own.submittedOn !== null;
            parts.push(B.el('div', {class: 'notice ' + (sent && own.onTime ? 'ok' : 'warn'), 'data-testid': 'this-month'},
                sent ? word('sent', month, own.submittedOn, own.status) : word('missing', month, own.deadline)));
        }
        if (table.rows.length > 1 || !own) {
            const body = B.panel(B.el('div'), own ? word('below') : table.title, '/api/mybranch/export.xlsx');
            const section = body.closest('section');
            B.table(body, table, {link: (row, column) => column.key === 'organization' ? B.href('/mybranch', {org: row.organization.code}) : null});
            parts.push(section);
        }
        container.replaceChildren(...parts);
    }

    function refused(container, table) {
        if (table.rows.length === 0) {
            container.replaceChildren(B.el('div', {class: 'empty good', 'data-testid': 'refused-empty', text: table.emptyReason}));
            return;
        }
        container.replaceChildren(...table.rows.map(row => B.el('article', {class: 'refused-file', 'data-testid': 'refused-file'},
            B.el('div', {class: 'file-head'},
                B.el('strong', {text: row.fileName}),
                B.el('span', {class: 'muted', text: row.organization.name + ' · ' + row.receivedAt}),
                B.el('span', {class: 'badge ' + (/已重新|sent again/.test(row.resent) ? 'status-met' : 'status-missed'), text: row.resent})),
            B.el('p', {class: 'reason', text: row.reason}))));
    }

    /** The rows to correct, grouped by file: where (sheet, row, column), what was wrong, how to fix it. */
    function problemList(table, limit) {
        const shown = table.rows.slice(0, limit);
        const files = new Map();
        shown.forEach(row => {
            const key = row.fileName + '\u0000' + row.receivedAt;
            if (!files.has(key)) files.set(key, []);
            files.get(key).push(row);
        });
        const list = B.el('div', {class: 'problems'});
        files.forEach(rows => {
            const first = rows[0];
            list.append(B.el('article', {class: 'problem-file'},
                B.el('div', {class: 'file-head'},
                    B.el('strong', {text: first.fileName}),
                    B.el('span', {class: 'muted', text: first.organization.name + ' · ' + first.receivedAt}),
                    B.el('span', {class: 'badge', text: first.fileStatus})),
                B.el('ul', {}, rows.map(row => B.el('li', {class: 'problem-row', 'data-testid': 'problem-row'},
                    B.el('div', {class: 'where'},
                        B.el('span', {class: 'sheet', 'data-column': 'sheet', text: row.sheet}),
                        B.el('span', {'data-column': 'row', text: word('row', row.row)}),
                        row.column ? B.el('span', {class: 'column', 'data-column': 'column', text: '「' + row.column + '」'}) : null,
                        row.value ? B.el('span', {class: 'muted', 'data-column': 'value', text: word('value') + '：' + row.value}) : null),
                    B.el('div', {'data-column': 'problem'}, B.el('span', {class: 'label', text: word('what') + '：'}), row.problem),
                    B.el('div', {class: 'fix', 'data-column': 'fix'}, B.el('span', {class: 'label', text: word('how') + '：'}), row.fix))))));
        });
        const wrap = B.el('div', {}, list);
        if (table.rows.length > limit) {
            wrap.append(B.el('p', {class: 'more'},
                B.el('button', {type: 'button', class: 'link', 'data-testid': 'problems-more', text: word('more', B.fmt.count(table.rows.length - limit)),
                    onclick: () => wrap.replaceWith(problemList(table, table.rows.length))}),
                ' ', B.el('a', {href: B.href('/api/mybranch/export.xlsx'), text: word('excel')})));
        }
        return wrap;
    }

    function problems(container, table) {
        if (table.rows.length === 0) {
            container.replaceChildren(B.el('div', {class: 'empty good', 'data-testid': 'problems-empty', text: table.emptyReason}));
            return;
        }
        container.replaceChildren(B.el('p', {class: 'notice', text: word('note')}), problemList(table, PROBLEMS_SHOWN));
    }

    function history(container, table) {
        const body = B.panel(B.el('div'), table.title, '/api/mybranch/export.xlsx');
        container.replaceChildren(body.closest('section'));
        B.table(body, table);
        tagRows(body, 'submission-row');
    }

    function render(main, data) {
        chooser(main, data.tables.choices);
        thisMonth(document.getElementById('this-month'), data.tables.thisMonth, main.dataset.org, data.month);
        refused(document.getElementById('refused'), data.tables.refused);
        problems(document.getElementById('problems'), data.tables.problems);
        history(document.getElementById('history'), data.tables.submissions);
    }

    // ---------------------------------------------------------------- upload

    function csrf() {
        const token = document.querySelector('meta[name="_csrf"]');
        const header = document.querySelector('meta[name="_csrf_header"]');
        return token && header ? {[header.content]: token.content} : {};
    }

    function upload(main, form) {
        const result = document.getElementById('upload-result');
        const input = form.querySelector('input[type=file]');
        const button = form.querySelector('button[type=submit]');
        const chosen = document.getElementById('chosen-files');
        input.addEventListener('change', () => {
            chosen.textContent = input.files.length === 0 ? word('noneChosen') : Array.from(input.files).map(file => file.name).join('、');
        });
        form.addEventListener('submit', async event => {
            event.preventDefault();
            if (!input.files || input.files.length === 0) {
                result.replaceChildren(B.el('div', {class: 'error-box', text: word('none')}));
                return;
            }
            const body = new FormData();
            Array.from(input.files).forEach(file => body.append('file', file, file.name));
            button.disabled = true;
            result.replaceChildren(B.el('div', {class: 'notice', text: word('sending')}));
            try {
                const response = await fetch('/api/ingest/files', {method: 'POST', body: body, credentials: 'same-origin',
                    headers: Object.assign({Accept: 'application/json'}, csrf())});
                const answer = await response.json().catch(() => ({}));
                if (!response.ok) {
                    const message = B.lang === 'zh' ? (answer.chinese || answer.detail) : (answer.english || answer.detail);
                    result.replaceChildren(B.el('div', {class: 'error-box', 'data-outcome': 'REFUSED',
                        text: word('refusedUpload') + (message || response.statusText)}));
                    return;
                }
                await showResult(main, result, answer);
            }
            catch (error) {
                result.replaceChildren(B.el('div', {class: 'error-box', text: word('failedUpload') + error.message}));
            }
            finally {
                button.disabled = false;
            }
        });
    }

    async function showResult(main, result, answer) {
        const files = answer.files.map(file => B.el('li', {class: 'outcome-' + file.outcome, 'data-outcome': file.outcome},
            B.el('strong', {text: file.fileName}), ' — ',
            B.el('span', {class: file.outcome === 'LOADED' ? 'status-met' : (file.outcome === 'REJECTED' || file.outcome === 'SKIPPED' ? 'status-missed' : ''),
                text: word('outcome.' + file.outcome)}),
            file.rowsRead > 0 ? B.el('span', {class: 'muted', text: '（' + word('rows', B.fmt.count(file.rowsRead), B.fmt.count(file.rowsLoaded),
                B.fmt.count(file.rowsRejected)) + '）'}) : null,
            ['REJECTED', 'SKIPPED', 'WAITING', 'SUPERSEDED'].includes(file.outcome) && (B.lang === 'zh' ? file.chinese : file.english)
                ? B.el('p', {class: 'reason', text: B.lang === 'zh' ? file.chinese : file.english}) : null));
        result.replaceChildren(B.el('ul', {class: 'outcomes'}, files));
        const data = await B.api(main.dataset.api, {run: answer.runId});
        const run = data.tables.runProblems;
        if (run && run.rows.length > 0) {
            result.append(B.el('p', {text: word('firstProblems', Math.min(FIRST_PROBLEMS, run.rows.length))}), problemList(run, FIRST_PROBLEMS));
        }
        else if (answer.files.some(file => file.outcome === 'LOADED')) {
            result.append(B.el('p', {class: 'status-met', text: word('noProblems')}));
        }
        render(main, data);
    }

    B.pages.mybranch = async function (main) {
        let data;
        try {
            data = await B.api(main.dataset.api);
        }
        catch (error) {
            B.failure(document.getElementById('this-month'), error);
            ['refused', 'problems', 'history'].forEach(id => document.getElementById(id).replaceChildren());
            return;
        }
        if (data.emptyReason) {
            chooser(main, data.tables.choices);
            B.empty(document.getElementById('this-month'), data.emptyReason);
            ['refused-section', 'problems-section', 'history'].forEach(id => document.getElementById(id).remove());
            return;
        }
        render(main, data);
        const form = document.getElementById('upload-form');
        if (form) upload(main, form);
    };
})();
