/* SQL 分析台: CodeMirror editor with table/column completion, paged result grid, chart, exports, history, saved queries. */
(function () {
    const WORDS = {
        zh: {
            running: '运行中…', rows: '共 {0} 行', atLeast: '超过 {0} 行，只统计前 {0} 行（导出不受此限）', took: '耗时 {0} 秒',
            noRows: '查询成功，没有返回行。', noColumns: '语句已执行，没有结果集。', prev: '上一页', next: '下一页', page: '第 {0}/{1} 页',
            tables: '表', views: '视图', noSchema: '快照中没有表。', chartNeeds: '选择一个类别列和一个数值列即可绘图（结果需有数值列）。',
            chartEmpty: '运行查询后可在此绘图。', noHistory: '还没有查询记录。', noSaved: '还没有共享查询：写好 SQL 后填写标题并保存。',
            del: '删除', saved: '已保存。', needTitle: '请先填写标题。', ok: '成功', refused: '被拒绝', failed: '出错', cancelled: '超时取消',
            by: '保存人 {0}', detail: '数据库说明：', personal: '含个人信息', query: '查询', csv: 'CSV', xlsx: 'Excel'
        },
        en: {
            running: 'Running…', rows: '{0} rows', atLeast: 'more than {0} rows; only the first {0} counted (exports are not limited to this)',
            took: '{0} s', noRows: 'The query succeeded and returned no rows.', noColumns: 'The statement ran and returned no result set.',
            prev: 'Previous', next: 'Next', page: 'page {0}/{1}', tables: 'Tables', views: 'Views', noSchema: 'The snapshot has no tables.',
            chartNeeds: 'Pick a category column and a value column to chart (the result needs a numeric column).',
            chartEmpty: 'Run a query to chart its result here.', noHistory: 'No queries yet.',
            noSaved: 'No shared queries yet: write the SQL, give it a title and save it.', del: 'Delete', saved: 'Saved.',
            needTitle: 'Give the query a title first.', ok: 'ok', refused: 'refused', failed: 'failed', cancelled: 'cancelled at its limit',
            by: 'saved by {0}', detail: 'The database said: ', personal: 'personal data', query: 'query', csv: 'CSV', xlsx: 'Excel'
        }
    };
    const B = () => window.Bastion;
    const w = (key, ...args) => {
        const text = (WORDS[B().lang] || WORDS.zh)[key] || key;
        return args.reduce((s, a, i) => s.split('{' + i + '}').join(a), text);
    };
    let editor = null;
    let last = null;      // {sql, page, columns, rows, ...}

    function csrf() {
        const token = document.querySelector('meta[name="_csrf"]');
        const header = document.querySelector('meta[name="_csrf_header"]');
        return token && header ? {[header.content]: token.content} : {};
    }

    async function call(method, path, body) {
        const response = await fetch(path, {
            method, credentials: 'same-origin',
            headers: Object.assign({Accept: 'application/json', 'Content-Type': 'application/json'}, csrf()),
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        if (response.status === 401) { window.location.href = '/login'; throw new Error('401'); }
        const data = await response.json().catch(() => ({}));
        if (!response.ok) {
            const error = new Error(B().lang === 'zh' ? (data.chinese || response.statusText) : (data.english || response.statusText));
            error.detail = data.detail || '';
            throw error;
        }
        return data;
    }

    const sql = () => editor ? editor.getValue() : document.getElementById('sql').value;

    function showError(error) {
        const box = document.getElementById('result-error');
        box.hidden = false;
        box.replaceChildren(B().el('div', {text: error.message}), error.detail ? B().el('div', {class: 'detail', text: w('detail') + error.detail}) : null);
    }

    async function run(page) {
        const box = document.getElementById('result-error');
        box.hidden = true;
        const status = document.getElementById('result-status');
        status.textContent = w('running');
        const text = page && last ? last.sql : sql();
        try {
            const result = await call('POST', '/api/workbench/query', {sql: text, page: page || 1});
            last = Object.assign({sql: text}, result);
            renderResult();
            renderChartChoices();
            drawChart();
        } catch (error) {
            status.textContent = '';
            showError(error);
        }
        loadHistory();
    }

    function cellText(value, column) {
        if (value === null || value === undefined) return B().t('blank');
        if (column.numeric && typeof value === 'number') return value.toLocaleString(B().lang === 'zh' ? 'zh-CN' : 'en-US', {maximumFractionDigits: 6});
        return String(value);
    }

    function renderResult() {
        const el = B().el;
        const r = last;
        const status = document.getElementById('result-status');
        const count = r.truncated ? w('atLeast', B().fmt.count(r.maxRows)) : w('rows', B().fmt.count(r.totalRows));
        status.textContent = count + ' · ' + w('took', (r.durationMs / 1000).toFixed(2));
        const container = document.getElementById('result');
        if (r.columns.length === 0) { B().empty(container, w('noColumns')); return; }
        if (r.rows.length === 0) { B().empty(container, w('noRows')); return; }
        const head = el('tr', {}, r.columns.map(c => el('th', {title: c.type, class: c.numeric ? 'num' : '', text: c.name})));
        const body = r.rows.map(row => el('tr', {}, row.map((value, i) => el('td', {
            class: (r.columns[i].numeric ? 'num' : '') + (value === null ? ' null' : ''), title: value === null ? '' : String(value),
            text: cellText(value, r.columns[i])
        }))));
        const pages = Math.max(1, Math.ceil(Math.min(r.totalRows, r.maxRows) / r.pageSize));
        const pager = el('div', {class: 'wb-pager', 'data-testid': 'result-pager'},
            el('button', {type: 'button', disabled: r.page <= 1 ? 'disabled' : null, text: w('prev'), onclick: () => run(r.page - 1)}),
            el('span', {'data-testid': 'result-page', text: w('page', r.page, pages)}),
            el('button', {type: 'button', disabled: r.page >= pages ? 'disabled' : null, text: w('next'), onclick: () => run(r.page + 1)}));
        container.replaceChildren(el('table', {class: 'data', 'data-table': 'workbench-result'}, el('thead', {}, head), el('tbody', {}, body)), pager);
    }

    function renderChartChoices() {
        const x = document.getElementById('chart-x');
        const y = document.getElementById('chart-y');
        const columns = last ? last.columns : [];
        x.replaceChildren(...columns.map((c, i) => B().el('option', {value: String(i), text: c.name})));
        y.replaceChildren(...columns.map((c, i) => c.numeric ? B().el('option', {value: String(i), text: c.name}) : null).filter(Boolean));
        const firstText = columns.findIndex(c => !c.numeric);
        if (firstText >= 0) x.value = String(firstText);
        const numeric = columns.map((c, i) => c.numeric ? i : -1).filter(i => i >= 0 && String(i) !== x.value);
        if (numeric.length) y.value = String(numeric[0]);
    }

    function drawChart() {
        const node = document.getElementById('chart');
        const existing = window.echarts && echarts.getInstanceByDom(node);
        if (existing) existing.dispose();
        if (!last || !last.rows.length) { B().empty(node, w('chartEmpty')); return; }
        const xi = Number(document.getElementById('chart-x').value);
        const yValue = document.getElementById('chart-y').value;
        if (yValue === '' || Number.isNaN(xi)) { B().empty(node, w('chartNeeds')); return; }
        node.replaceChildren();
        const yi = Number(yValue);
        const type = document.getElementById('chart-type').value;
        const names = last.rows.map(row => row[xi] === null ? B().t('blank') : String(row[xi]));
        const values = last.rows.map(row => row[yi] === null ? null : Number(row[yi]));
        const yName = last.columns[yi].name;
        const option = type === 'pie'
            ? {tooltip: {trigger: 'item', formatter: p => B().esc(p.name) + '：' + B().esc(B().fmt.number(p.value)) + '（' + p.percent + '%）'},
               series: [{type: 'pie', radius: ['30%', '65%'], data: names.map((name, i) => ({name, value: values[i]})),
                         label: {formatter: p => B().esc(p.name)}}]}
            : {tooltip: {trigger: 'axis', formatter: ps => B().esc(ps[0].name) + '<br>' + B().esc(yName) + '：' + B().esc(B().fmt.number(ps[0].value))},
               grid: {left: 60, right: 20, top: 30, bottom: 60},
               xAxis: {type: 'category', data: names, axisLabel: {rotate: names.length > 8 ? 30 : 0, formatter: v => v}},
               yAxis: {type: 'value', name: yName},
               series: [{type, name: yName, data: values}]};
        B().chart(node, option);
    }

    function exportAs(kind) {
        const form = document.getElementById('export-form');
        form.action = '/api/workbench/export.' + kind;
        form.querySelector('input[name="sql"]').value = sql();
        form.submit();
        setTimeout(loadHistory, 1500);
    }

    async function save() {
        const title = document.getElementById('save-title').value.trim();
        if (!title) { showError(new Error(w('needTitle'))); return; }
        try {
            await call('POST', '/api/workbench/saved', {title, sql: sql()});
            document.getElementById('save-title').value = '';
            loadSaved();
        } catch (error) { showError(error); }
    }

    function useSql(text) {
        if (editor) editor.setValue(text); else document.getElementById('sql').value = text;
    }

    async function loadHistory() {
        const container = document.getElementById('history');
        try {
            const entries = await call('GET', '/api/workbench/history');
            if (!entries.length) { B().empty(container, w('noHistory')); return; }
            container.replaceChildren(B().el('ul', {'data-table': 'workbench-history'}, entries.map(e => B().el('li', {},
                B().el('code', {text: e.sql, title: e.sql, onclick: () => useSql(e.sql)}),
                B().el('span', {class: 'meta' + (e.outcome === 'ok' ? '' : ' bad'),
                    text: e.startedAt.replace('T', ' ').slice(0, 19) + ' · ' + w(e.kind) + ' · ' + w(e.outcome) + ' · ' + w('rows', B().fmt.count(e.rows))
                        + ' · ' + w('took', (e.durationMs / 1000).toFixed(2)) + (e.personalData ? ' · ' + w('personal') : '')})))));
        } catch (error) { B().failure(container, error); }
    }

    async function loadSaved() {
        const container = document.getElementById('saved');
        try {
            const entries = await call('GET', '/api/workbench/saved');
            if (!entries.length) { B().empty(container, w('noSaved')); return; }
            container.replaceChildren(B().el('ul', {'data-table': 'workbench-saved'}, entries.map(e => B().el('li', {},
                B().el('button', {type: 'button', text: w('del'), onclick: async () => {
                    try { await call('DELETE', '/api/workbench/saved/' + e.savedId); loadSaved(); } catch (error) { showError(error); }
                }}),
                B().el('strong', {text: e.title}),
                B().el('code', {text: e.sql, title: e.sql, onclick: () => useSql(e.sql)}),
                B().el('span', {class: 'meta', text: w('by', e.createdBy) + ' · ' + e.createdAt.replace('T', ' ').slice(0, 16)})))));
        } catch (error) { B().failure(container, error); }
    }

    let schemaObjects = [];

    function renderSchema() {
        const el = B().el;
        const filter = document.getElementById('schema-filter').value.trim().toLowerCase();
        const container = document.getElementById('schema');
        const matches = o => !filter || (o.name + ' ' + o.zh).toLowerCase().includes(filter)
            || o.columns.some(c => (c.name + ' ' + c.zh).toLowerCase().includes(filter));
        const group = (kind, title) => {
            const objects = schemaObjects.filter(o => o.kind === kind && matches(o));
            if (!objects.length) return null;
            return [el('h4', {text: title + '（' + objects.length + '）'}), ...objects.map(o => {
                const qualified = o.schema === 'main' ? o.name : o.schema + '.' + o.name;
                return el('details', {class: 'kind-' + kind, open: filter && o.columns.some(c => (c.name + ' ' + c.zh).toLowerCase().includes(filter)) ? 'open' : null},
                    el('summary', {title: o.en || o.zh, 'data-testid': 'schema-object'}, qualified, el('span', {class: 'zh', text: o.zh})),
                    el('ul', {}, o.columns.map(c => el('li', {title: c.en || c.zh, onclick: () => insert(c.name)},
                        c.name, el('span', {class: 'type', text: c.type}), el('span', {class: 'zh', text: c.zh})))));
            })];
        };
        const parts = [group('table', w('tables')), group('view', w('views'))].filter(Boolean).flat();
        if (!parts.length) { B().empty(container, w('noSchema')); return; }
        container.replaceChildren(...parts);
    }

    function insert(text) {
        if (editor) { editor.replaceSelection(text); editor.focus(); }
    }

    async function loadSchema() {
        const container = document.getElementById('schema');
        try {
            const schema = await call('GET', '/api/workbench/schema');
            schemaObjects = schema.objects;
            renderSchema();
            if (editor) {
                const tables = {};
                schemaObjects.forEach(o => { tables[o.schema === 'main' ? o.name : o.schema + '.' + o.name] = o.columns.map(c => c.name); });
                editor.setOption('hintOptions', {tables, completeSingle: false});
            }
        } catch (error) { B().failure(container, error); }
    }

    document.addEventListener('DOMContentLoaded', () => {
        if (window.CodeMirror) {
            editor = CodeMirror.fromTextArea(document.getElementById('sql'), {
                mode: 'text/x-sql', lineNumbers: true, lineWrapping: true, matchBrackets: true, indentWithTabs: false, tabSize: 2,
                extraKeys: {'Ctrl-Enter': () => run(1), 'Cmd-Enter': () => run(1), 'Ctrl-Space': 'autocomplete'}
            });
            editor.getWrapperElement().setAttribute('data-testid', 'sql-codemirror');
        }
        document.getElementById('run').addEventListener('click', () => run(1));
        document.getElementById('export-csv').addEventListener('click', () => exportAs('csv'));
        document.getElementById('export-xlsx').addEventListener('click', () => exportAs('xlsx'));
        document.getElementById('save').addEventListener('click', save);
        document.getElementById('schema-filter').addEventListener('input', renderSchema);
        ['chart-type', 'chart-x', 'chart-y'].forEach(id => document.getElementById(id).addEventListener('change', drawChart));
        B().empty(document.getElementById('chart'), w('chartEmpty'));
        loadSchema();
        loadHistory();
        loadSaved();
    });
})();
