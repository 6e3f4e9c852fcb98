/* 发展党员与党员队伍: cards, the pipeline funnel, stage entries, cohort conversion and durations, new members' structure,
 * members by category / age / education, net change, and the month's procedure findings. */
(function () {
    'use strict';
    const B = window.Bastion;
    const W = {};
    document.querySelectorAll('#words [data-key]').forEach(node => { W[node.dataset.key] = node.textContent; });
    // Tooltips are HTML and escape every text from data; canvas labels and axis labels are drawn as plain text, not escaped.
    const esc = B.esc;
    const COLON = B.lang === 'en' ? ': ' : '：';
    const OPEN = B.lang === 'en' ? ' (' : '（';
    const CLOSE = B.lang === 'en' ? ')' : '）';

    /** A chart panel in a grid; wide panels take the whole row. */
    function chartPanel(parent, table, id, options) {
        options = options || {};
        const body = B.panel(parent, table.title, null);
        if (options.wide) body.parentElement.style.gridColumn = '1 / -1';
        if (table.rows.length === 0) {
            B.empty(body, table.emptyReason);
            return null;
        }
        const node = B.el('div', {class: 'chart' + (options.tall ? ' tall' : ''), 'data-chart': id});
        body.append(node);
        if (options.note) body.append(note(options.note));
        return node;
    }

    function note(text) {
        return B.el('p', {class: 'chart-note', style: 'font-size:12px;color:#5f6670;margin:4px 0 0', text: text});
    }

    function trace(figure, extra) {
        window.location.href = B.href('/trace', Object.assign({figure: figure}, extra || {}));
    }


    function funnel(parent, table) {
        const node = chartPanel(parent, table, 'funnel', {note: W.funnelNote});
        if (!node) return;
        const steps = table.rows.length;
        B.chart(node, {
            title: {text: ''},
            tooltip: {trigger: 'item', formatter: p => esc(p.name) + COLON + esc(B.fmt.count(p.data.stock)) + '<br>' +
                    esc(table.columns[2].label) + COLON + esc(B.fmt.count(p.data.entries))},
            series: [{
                type: 'funnel', sort: 'none', left: '12%', width: '76%', top: 20, bottom: 10, minSize: '30%', maxSize: '100%', gap: 3,
                label: {show: true, position: 'inside', color: '#fff', fontSize: 13,
                    formatter: p => p.name + '  ' + B.fmt.count(p.data.stock)},
                itemStyle: {borderColor: '#fff', borderWidth: 1},
                data: table.rows.map((row, index) => ({name: row.stage, value: steps - index, stock: row.stock, entries: row.entries, figure: row.figure,
                    itemStyle: {color: ['#E0474C', '#C8161D', '#A8121A', '#8A0F15', '#D4A017'][index % 5]}}))
            }]
        }, p => trace(p.data.figure));
    }

    function entries(parent, table) {
        const node = chartPanel(parent, table, 'entries');
        if (!node) return;
        const stages = table.columns.slice(1);
        B.chart(node, {
            legend: {top: 0, left: 'center'},
            grid: {left: 50, right: 20, top: 56, bottom: 42},
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: ps => esc(B.fmt.month(table.rows[ps[0].dataIndex].month)) + '<br>' +
                    ps.map(p => esc(p.seriesName) + COLON + esc(B.fmt.count(p.value))).join('<br>')},
            xAxis: {type: 'category', data: table.rows.map(row => row.month), axisLabel: {interval: 0, formatter: B.fmt.monthTick}},
            yAxis: B.countAxis(W.people),
            series: stages.map(column => ({type: 'bar', name: column.label, stage: column.key, data: table.rows.map(row => row[column.key]),
                barMaxWidth: 14}))
        }, p => trace('admissions.entries:' + stages[p.seriesIndex].key, {month: table.rows[p.dataIndex].month}));
    }

    function conversion(parent, table) {
        const node = chartPanel(parent, table, 'conversion');
        if (!node) return;
        const shares = [['candidateShare', 'candidates'], ['probationaryShare', 'probationary'], ['fullShare', 'full']];
        const label = key => table.columns.find(column => column.key === key).label;
        B.chart(node, {
            legend: {top: 0, left: 'center'},
            grid: {left: 50, right: 20, top: 56, bottom: 40},
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: ps => {
                const row = table.rows[ps[0].dataIndex];
                return esc(label('cohort')) + ' ' + esc(row.cohort) + COLON + esc(label('activists')) + ' ' + esc(B.fmt.count(row.activists)) + '<br>' +
                    ps.map(p => esc(p.seriesName) + COLON + esc(B.fmt.rate(p.value)) + OPEN + esc(B.fmt.count(row[shares[p.seriesIndex][1]])) + ' / ' +
                        esc(B.fmt.count(row.activists)) + CLOSE).join('<br>');
            }},
            xAxis: {type: 'category', name: W.cohortAxis, nameLocation: 'middle', nameGap: 26, data: table.rows.map(row => row.cohort)},
            yAxis: B.rateAxis(W.share),
            series: shares.map(([key]) => ({type: 'bar', name: label(key), data: table.rows.map(row => row[key]), barMaxWidth: 16}))
        }, p => trace(table.rows[p.dataIndex].figure));
    }

    function durations(parent, table) {
        const node = chartPanel(parent, table, 'durations');
        if (!node) return;
        const steps = table.columns.slice(1, 5);
        B.chart(node, {
            legend: {top: 0, left: 'center'},
            grid: {left: 50, right: 20, top: 72, bottom: 40},
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: ps => esc(table.rows[ps[0].dataIndex].cohort) + '<br>' +
                    ps.map(p => esc(p.seriesName) + COLON + esc(B.fmt.days(p.value))).join('<br>')},
            xAxis: {type: 'category', name: W.cohortAxis, nameLocation: 'middle', nameGap: 26, data: table.rows.map(row => row.cohort)},
            yAxis: {type: 'value', name: W.days, axisLabel: {formatter: value => B.fmt.count(value)}},
            series: steps.map(column => ({type: 'bar', name: column.label, data: table.rows.map(row => row[column.key]), barMaxWidth: 12}))
        }, p => trace(table.rows[p.dataIndex].figure));
    }

    function structure(parent, table) {
        const node = chartPanel(parent, table, 'structure', {note: W.structureNote});
        if (!node) return;
        const parts = [['frontline', W.frontline], ['under35', W.under35], ['women', W.women], ['college', W.college]];
        B.chart(node, {
            legend: {top: 0, left: 0, right: 30},
            grid: {left: 50, right: 20, top: 88, bottom: 30},
            tooltip: {trigger: 'item', formatter: p => {
                const row = table.rows[p.seriesIndex];
                const part = parts[p.dataIndex][0];
                return esc(row.period) + ' · ' + esc(parts[p.dataIndex][1]) + COLON + esc(B.fmt.rate(row[part + 'Share'])) + OPEN +
                    esc(B.fmt.count(row[part])) + ' / ' + esc(B.fmt.count(row.newMembers)) + CLOSE;
            }},
            xAxis: {type: 'category', data: parts.map(part => part[1])},
            yAxis: B.rateAxis(W.share),
            series: table.rows.map(row => ({type: 'bar', name: row.period + OPEN + B.fmt.count(row.newMembers) + CLOSE,
                data: parts.map(part => row[part[0] + 'Share']), barMaxWidth: 22}))
        }, p => trace(table.rows[p.seriesIndex].figure));
    }

    function breakdown(parent, table) {
        const node = chartPanel(parent, table, 'breakdown');
        if (!node) return;
        const dimensions = [...new Set(table.rows.map(row => row.dimension))];
        const palette = ['#C8161D', '#D4A017', '#5470c6', '#91a7b9', '#3ba272', '#9a60b4', '#7f8c8d'];
        const place = {};
        const series = table.rows.map(row => {
            place[row.dimension] = (place[row.dimension] || 0) + 1;
            return {
                type: 'bar', stack: 'members', name: row.value, row: row, barWidth: 40,
                itemStyle: {color: palette[(place[row.dimension] - 1) % palette.length], borderColor: '#fff', borderWidth: 1},
                label: {show: row.share !== null && row.share >= 0.1, color: '#fff', fontSize: 11, lineHeight: 14,
                    formatter: () => row.value + '\n' + B.fmt.rate(row.share)},
                data: dimensions.map(dimension => dimension === row.dimension ? row.members : null)
            };
        });
        B.chart(node, {
            grid: {left: 10, right: 20, top: 20, bottom: 36, containLabel: true},
            tooltip: {trigger: 'item', formatter: p => {
                const row = series[p.seriesIndex].row;
                return esc(row.dimension) + ' · ' + esc(row.value) + COLON + esc(B.fmt.count(row.members)) + OPEN + esc(B.fmt.rate(row.share)) + CLOSE;
            }},
            xAxis: {type: 'value', name: W.people, nameLocation: 'middle', nameGap: 24, axisLabel: {formatter: value => B.fmt.count(value)}},
            yAxis: {type: 'category', data: dimensions, inverse: true},
            series: series
        }, p => trace(series[p.seriesIndex].row.figure));
    }

    function membership(parent, table) {
        const node = chartPanel(parent, table, 'membership', {wide: true});
        if (!node) return;
        const label = key => table.columns.find(column => column.key === key).label;
        B.chart(node, {
            legend: {top: 0, left: 'center'},
            grid: {left: 50, right: 60, top: 40, bottom: 42},
            tooltip: {trigger: 'axis', formatter: ps => {
                const row = table.rows[ps[0].dataIndex];
                return esc(B.fmt.month(row.month)) + '<br>' + ['members', 'membersIn', 'membersOut', 'net']
                    .map(key => esc(label(key)) + COLON + esc(B.fmt.count(row[key]))).join('<br>');
            }},
            xAxis: {type: 'category', data: table.rows.map(row => row.month), axisLabel: {interval: 0, formatter: B.fmt.monthTick}},
            yAxis: [Object.assign(B.countAxis(W.people), {axisLabel: {formatter: value => B.fmt.count(Math.abs(value))}}),
                Object.assign(B.countAxis(label('members')), {scale: true, splitLine: {show: false}})],
            series: [
                {type: 'bar', name: label('membersIn'), data: table.rows.map(row => row.membersIn), barMaxWidth: 16, itemStyle: {color: '#5470c6'}},
                {type: 'bar', name: label('membersOut'), data: table.rows.map(row => -row.membersOut), barMaxWidth: 16, barGap: '-100%',
                    itemStyle: {color: '#91a7b9'}},
                {type: 'line', name: label('members'), yAxisIndex: 1, data: table.rows.map(row => row.members), itemStyle: {color: '#C8161D'}}
            ]
        }, p => trace(['membership.in', 'membership.out', 'membership.members'][p.seriesIndex], {month: table.rows[p.dataIndex].month}));
    }

    function findings(parent, table, exportPath) {
        const body = B.panel(parent, table.title, exportPath);
        body.append(note(W.findingsHint));
        const list = B.el('div');
        body.append(list);
        const shown = Object.assign({}, table, {columns: table.columns.filter(column => column.key !== 'figure')});
        B.table(list, shown, {link: (row, column) => column.key === 'finding'
                ? B.href('/trace', {figure: row.figure, org: row.organization && row.organization.code}) : null});
    }

    B.pages.admissions = async function (main) {
        const notice = document.getElementById('notice');
        const cards = document.getElementById('cards');
        const pipeline = document.getElementById('pipeline');
        const members = document.getElementById('members');
        const procedure = document.getElementById('procedure');
        let data;
        try {
            data = await B.api(main.dataset.api);
        }
        catch (error) {
            B.failure(cards, error);
            [pipeline, members, procedure].forEach(node => node.replaceChildren());
            return;
        }
        [cards, pipeline, members, procedure].forEach(node => node.replaceChildren());
        if (data.emptyReason) B.empty(notice, data.emptyReason);
        const t = data.tables;
        if (data.kpis.length) B.cards(cards, data.kpis);
        if (t.funnel) funnel(pipeline, t.funnel);
        if (t.entries) entries(pipeline, t.entries);
        if (t.conversion) conversion(pipeline, t.conversion);
        if (t.durations) durations(pipeline, t.durations);
        if (t.structure) structure(members, t.structure);
        if (t.breakdown) breakdown(members, t.breakdown);
        if (t.membership) membership(members, t.membership);
        if (t.findings) findings(procedure, t.findings, main.dataset.export);
        // Panels were added one by one; the charts measured their containers before the grid settled.
        requestAnimationFrame(() => window.dispatchEvent(new Event('resize')));
    };
})();
