/* 示范点与联系点: cards, sites per level against 3:6:12, 先进率 against its target, the liaison assignments (overdue first)
 * and the roll-up per liaison person. */
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

    function note(text) {
        return B.el('p', {class: 'chart-note', style: 'font-size:12px;color:#5f6670;margin:4px 0 0', text: text});
    }

    function trace(figure, extra) {
        window.location.href = B.href('/trace', Object.assign({figure: figure}, extra || {}));
    }

    function chartPanel(parent, table, id) {
        const body = B.panel(parent, table.title, null);
        if (table.rows.length === 0) {
            B.empty(body, table.emptyReason);
            return [body, null];
        }
        const node = B.el('div', {class: 'chart', 'data-chart': id});
        body.append(node);
        return [body, node];
    }

    function levels(parent, table) {
        const [body, node] = chartPanel(parent, table, 'sites');
        if (!node) return;
        const hasTarget = table.rows.some(row => row.target !== null && row.target !== undefined);
        const series = [{type: 'bar', name: W.actual, data: table.rows.map(row => row.active), barMaxWidth: 36, itemStyle: {color: '#C8161D'},
            label: {show: true, position: 'top', formatter: p => B.fmt.count(p.value)}}];
        if (hasTarget) {
            series.push({type: 'bar', name: W.target, data: table.rows.map(row => row.target), barMaxWidth: 36, itemStyle: {color: '#c9ccd1'},
                label: {show: true, position: 'top', formatter: p => B.fmt.count(p.value)}});
        }
        B.chart(node, {
            legend: hasTarget ? {top: 0, left: 'center'} : undefined,
            grid: {left: 50, right: 20, top: 40, bottom: 30},
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: ps => {
                const row = table.rows[ps[0].dataIndex];
                return esc(row.level) + '<br>' + esc(W.actual) + COLON + esc(B.fmt.count(row.active)) +
                    (hasTarget ? '<br>' + esc(W.target) + COLON + esc(B.fmt.count(row.target)) : '');
            }},
            xAxis: {type: 'category', data: table.rows.map(row => row.level)},
            yAxis: B.countAxis(W.count),
            series: series
        }, p => trace(table.rows[p.dataIndex].figure));
        if (!hasTarget) body.append(note(W.noTarget));
    }

    function advanced(parent, table) {
        const [, node] = chartPanel(parent, table, 'advanced');
        if (!node) return;
        const target = table.rows.length ? table.rows[0].target : null;
        B.chart(node, {
            grid: {left: 50, right: 24, top: 36, bottom: 42},
            tooltip: {trigger: 'axis', formatter: ps => {
                const row = table.rows[ps[0].dataIndex];
                return esc(B.fmt.period(row.period)) + '<br>' + esc(W.rate) + COLON + esc(B.fmt.rate(row.rate)) + OPEN + esc(B.fmt.count(row.good)) +
                    ' / ' + esc(B.fmt.count(row.assessed)) + CLOSE;
            }},
            xAxis: {type: 'category', data: table.rows.map(row => row.period),
                axisLabel: {interval: 0, formatter: B.fmt.quarterTick}},
            yAxis: B.rateAxis(W.rate),
            series: [{type: 'line', name: W.rate, data: table.rows.map(row => row.rate), itemStyle: {color: '#C8161D'},
                markLine: target === null || target === undefined ? undefined : {symbol: 'none', silent: true,
                    lineStyle: {type: 'dashed', color: '#D4A017', width: 1.5},
                    label: {position: 'insideEndTop', formatter: () => W.target + ' ' + B.fmt.rate(target)}, data: [{yAxis: target}]}}]
        }, p => trace(table.rows[p.dataIndex].figure));
    }

    function list(parent, table, options) {
        const body = B.panel(parent, table.title, options.exportPath);
        if (options.note) body.append(note(options.note));
        const holder = B.el('div');
        body.append(holder);
        const shown = Object.assign({}, table, {columns: table.columns.filter(column => column.key !== 'figure')});
        B.table(holder, shown, {link: (row, column) => column.key === options.linkColumn
                ? B.href('/trace', Object.assign({figure: row.figure}, row.site ? {org: row.site.code} : {})) : null});
        // Status words get their colour (with the word beside it); the table redraws rows on sorting and paging.
        const colour = () => holder.querySelectorAll('td[data-column="status"], td[data-column="monthlyOk"], td[data-column="quarterly"]')
            .forEach(cell => cell.classList.add(/逾期|未达标|overdue|missed/.test(cell.textContent) ? 'status-missed'
                : /待完成|pending/.test(cell.textContent) ? 'status-close' : 'status-met'));
        colour();
        new MutationObserver(colour).observe(holder, {childList: true, subtree: true});
    }

    B.pages.sites = async function (main) {
        const notice = document.getElementById('notice');
        const cards = document.getElementById('cards');
        const sites = document.getElementById('sites');
        const liaison = document.getElementById('liaison');
        let data;
        try {
            data = await B.api(main.dataset.api);
        }
        catch (error) {
            B.failure(cards, error);
            [sites, liaison].forEach(node => node.replaceChildren());
            return;
        }
        [cards, sites, liaison].forEach(node => node.replaceChildren());
        if (data.emptyReason) B.empty(notice, data.emptyReason);
        if (data.kpis.length) B.cards(cards, data.kpis);
        const t = data.tables;
        if (t.sites) levels(sites, t.sites);
        if (t.advanced) advanced(sites, t.advanced);
        if (t.progress) list(liaison, t.progress, {exportPath: main.dataset.export, note: W.progressNote, linkColumn: 'site'});
        if (t.persons) list(liaison, t.persons, {exportPath: main.dataset.export, note: W.personsNote, linkColumn: 'liaison'});
        // Panels were added one by one; the charts measured their containers before the grid settled.
        requestAnimationFrame(() => window.dispatchEvent(new Event('resize')));
    };
})();
