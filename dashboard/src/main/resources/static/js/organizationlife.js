/* 组织生活: cards, the branch × quarter compliance heatmap with the rules missed, 三会一课达标率 per quarter, the quarter's
 * non-compliant branches, 党员参加组织生活率 against its target, 报送及时率 and the late list. */
(function () {
    'use strict';
    const B = window.Bastion;
    // Tooltips are HTML and escape every text from data; canvas labels and axis labels are drawn as plain text, not escaped.
    const esc = B.esc;
    const COLON = B.lang === 'en' ? ': ' : '：';
    const OPEN = B.lang === 'en' ? ' (' : '（';
    const CLOSE = B.lang === 'en' ? ')' : '）';
    const W = {};
    document.querySelectorAll('#words [data-key]').forEach(node => { W[node.dataset.key] = node.textContent; });
    const VISIBLE_ROWS = 22;

    function note(text) {
        return B.el('p', {class: 'chart-note', style: 'font-size:12px;color:#5f6670;margin:4px 0 0', text: text});
    }

    function trace(figure, extra) {
        window.location.href = B.href('/trace', Object.assign({figure: figure}, extra || {}));
    }

    function panel(parent, table, options) {
        options = options || {};
        const body = B.panel(parent, table.title, options.exportPath || null);
        if (options.wide) body.parentElement.style.gridColumn = '1 / -1';
        return body;
    }

    function chartNode(body, table, id, height) {
        if (table.rows.length === 0) {
            B.empty(body, table.emptyReason);
            return null;
        }
        const node = B.el('div', {class: 'chart', 'data-chart': id});
        if (height) node.style.height = height + 'px';
        body.append(node);
        return node;
    }

    /** The chosen quarter's non-compliant branches first (most rules missed first), then by quarters missed, then by name. */
    function branchOrder(rows, chosen) {
        const branches = new Map();
        rows.forEach(row => {
            const code = row.organization.code;
            if (!branches.has(code)) branches.set(code, {code: code, name: row.organization.name, missedNow: -1, quartersMissed: 0});
            const branch = branches.get(code);
            if (!row.compliant) branch.quartersMissed++;
            if (row.quarter === chosen) branch.missedNow = row.compliant ? 0 : 1 + (row.missed ? row.missed.split(/[；;]/).length : 0);
        });
        const names = new Map();
        branches.forEach(branch => names.set(branch.name, (names.get(branch.name) || 0) + 1));
        branches.forEach(branch => { branch.label = names.get(branch.name) > 1 ? branch.name + OPEN + branch.code + CLOSE : branch.name; });
        return [...branches.values()].sort((a, b) => b.missedNow - a.missedNow || b.quartersMissed - a.quartersMissed ||
            a.name.localeCompare(b.name, 'zh-CN') || a.code.localeCompare(b.code));
    }

    function heatmap(parent, table, chosen) {
        const body = panel(parent, table, {wide: true});
        const quarters = [...new Set(table.rows.map(row => row.quarter))].sort();
        const branches = branchOrder(table.rows, chosen);
        const visible = Math.min(branches.length, VISIBLE_ROWS);
        const node = chartNode(body, table, 'heatmap', visible * 26 + 80);
        if (!node) return;
        body.append(note(W.heatmapNote));
        const place = new Map(branches.map((branch, index) => [branch.code, index]));
        const data = table.rows.map(row => ({value: [quarters.indexOf(row.quarter), place.get(row.organization.code), row.compliant ? 1 : 0], row: row}));
        const scroll = branches.length > VISIBLE_ROWS;
        B.chart(node, {
            grid: {left: 230, right: scroll ? 50 : 20, top: 36, bottom: 30},
            tooltip: {trigger: 'item', formatter: p => {
                const row = p.data.row;
                return esc(row.organization.name) + OPEN + esc(row.organization.code) + CLOSE + '<br>' + esc(B.fmt.period(row.quarter)) + COLON +
                    esc(row.compliant ? W.compliant : W.missed) + (row.missed ? '<br>' + esc(row.missed).split(/[；;] ?/).join('<br>') : '');
            }},
            xAxis: {type: 'category', position: 'top', data: quarters, axisLabel: {formatter: value => B.fmt.period(value)}, splitArea: {show: true}},
            yAxis: {type: 'category', inverse: true, data: branches.map(branch => branch.label),
                axisLabel: {width: 215, overflow: 'truncate', fontSize: 12}},
            visualMap: {type: 'piecewise', dimension: 2, orient: 'horizontal', bottom: 0, left: 'center', itemWidth: 14, itemHeight: 10,
                pieces: [{value: 1, label: W.compliant, color: '#66bb6a'}, {value: 0, label: W.missed, color: '#e57373'}]},
            dataZoom: scroll ? [
                {type: 'slider', yAxisIndex: 0, right: 8, width: 16, startValue: 0, endValue: VISIBLE_ROWS - 1, showDetail: false, brushSelect: false},
                {type: 'inside', yAxisIndex: 0, startValue: 0, endValue: VISIBLE_ROWS - 1, zoomOnMouseWheel: false, moveOnMouseWheel: true}
            ] : [],
            series: [{type: 'heatmap', data: data, itemStyle: {borderColor: '#fff', borderWidth: 2},
                label: {show: true, fontSize: 11, color: '#fff', formatter: p => p.data.row.compliant ? W.compliant : W.missed}}]
        }, p => trace(p.data.row.figure, {org: p.data.row.organization.code}));
    }

    function rateLine(parent, table, id, options) {
        const body = panel(parent, table);
        const node = chartNode(body, table, id);
        if (!node) return;
        const values = table.rows.map(row => row.rate).filter(value => value !== null && value !== undefined);
        const target = options.target;
        const lowest = Math.min(...values, target === null || target === undefined ? 1 : target);
        const axis = B.rateAxis(W.rate);
        // A rate trend near the top reads better on an axis that starts just below its lowest point, at a round tick.
        const rough = 1 - Math.max(0, lowest - 0.05);
        axis.interval = rough <= 0.1 ? 0.02 : rough <= 0.3 ? 0.05 : 0.1;
        axis.min = Math.max(0, Math.round(Math.floor((lowest - 0.02) / axis.interval) * axis.interval * 100) / 100);
        const x = options.quarters ? table.rows.map(row => row.quarter) : table.rows.map(row => row.month);
        B.chart(node, {
            grid: {left: 50, right: 24, top: 36, bottom: 42},
            tooltip: {trigger: 'axis', formatter: ps => {
                const row = table.rows[ps[0].dataIndex];
                const when = options.quarters ? B.fmt.period(row.quarter) : B.fmt.month(row.month);
                return esc(when) + '<br>' + esc(table.columns[3].label) + COLON + esc(B.fmt.rate(row.rate)) + OPEN +
                    esc(B.fmt.count(row[table.columns[1].key])) + ' / ' + esc(B.fmt.count(row[table.columns[2].key])) + CLOSE;
            }},
            xAxis: {type: 'category', data: x, axisLabel: {interval: 0, formatter: options.quarters ? B.fmt.quarterTick : B.fmt.monthTick}},
            yAxis: axis,
            series: [{type: 'line', name: table.columns[3].label, data: table.rows.map(row => row.rate), connectNulls: false,
                itemStyle: {color: '#C8161D'},
                markLine: target === null || target === undefined ? undefined : {symbol: 'none', silent: true,
                    lineStyle: {type: 'dashed', color: '#D4A017', width: 1.5},
                    label: {position: 'insideEndTop', formatter: () => W.target + ' ' + B.fmt.rate(target)},
                    data: [{yAxis: target}]}}]
        }, p => options.figure(table.rows[p.dataIndex]));
    }

    function list(parent, table, options) {
        const body = panel(parent, table, options);
        if (options.note) body.append(note(options.note));
        const holder = B.el('div');
        body.append(holder);
        const shown = Object.assign({}, table, {columns: table.columns.filter(column => column.key !== 'figure')});
        B.table(holder, shown, {link: (row, column) => column.key === 'organization'
                ? B.href('/trace', {figure: row.figure, org: row.organization.code}) : null});
    }

    B.pages.organizationlife = async function (main) {
        const notice = document.getElementById('notice');
        const cards = document.getElementById('cards');
        const compliance = document.getElementById('compliance');
        const participation = document.getElementById('participation');
        const select = document.getElementById('quarter-select');
        if (select) {
            select.addEventListener('change', () => {
                const params = new URLSearchParams(window.location.search);
                params.set('quarter', select.value);
                window.location.search = params.toString();
            });
        }
        let data;
        try {
            data = await B.api(main.dataset.api);
        }
        catch (error) {
            B.failure(cards, error);
            [compliance, participation].forEach(node => node.replaceChildren());
            return;
        }
        [cards, compliance, participation].forEach(node => node.replaceChildren());
        if (data.emptyReason) B.empty(notice, data.emptyReason);
        if (data.kpis.length) B.cards(cards, data.kpis);
        const t = data.tables;
        const chosen = main.dataset.quarter;
        const participationCard = data.kpis.find(kpi => kpi.key === 'participation');
        if (t.heatmap) heatmap(compliance, t.heatmap, chosen);
        if (t.nonCompliant) list(compliance, t.nonCompliant, {wide: true, exportPath: main.dataset.export});
        if (t.complianceTrend) rateLine(participation, t.complianceTrend, 'complianceTrend', {quarters: true, figure: row => trace(row.figure)});
        if (t.participation) rateLine(participation, t.participation, 'participation', {target: participationCard ? participationCard.target : null,
            figure: row => trace('life.events', {month: row.month})});
        if (t.timeliness) rateLine(participation, t.timeliness, 'timeliness', {figure: row => trace('timeliness.onTime', {month: row.month})});
        if (t.late) list(participation, t.late, {wide: true, exportPath: main.dataset.export, note: W.lateNote});
        // Panels were added one by one; the charts measured their containers before the grid settled.
        requestAnimationFrame(() => window.dispatchEvent(new Event('resize')));
    };
})();
