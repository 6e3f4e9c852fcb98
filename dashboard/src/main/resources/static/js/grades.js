/* 分类定级: the cards of the latest quarter, the distribution per quarter, 先进率 against its target, the migration between
 * two chosen quarters as a Sankey and as the 4×4 matrix, and the organizations behind them — new and gone ones included. */
(function () {
    'use strict';
    const B = window.Bastion;
    const GRADES = ['GOOD', 'FAIRLY_GOOD', 'AVERAGE', 'POOR'];
    const COLORS = {GOOD: '#C8161D', FAIRLY_GOOD: '#D4A017', AVERAGE: '#91a7b9', POOR: '#4d545c', NEW: '#3ba272', GONE: '#c9ccd1'};
    const FILTERS = ['fromGrade', 'toGrade', 'change'];
    const PARAMETERS = ['from', 'to'].concat(FILTERS);

    function words() {
        const map = {};
        document.querySelectorAll('#words [data-key]').forEach(node => { map[node.dataset.key] = node.textContent; });
        return (key, ...args) => (map[key] || key).replace(/\{(\d)\}/g, (_, i) => args[i]);
    }

    function own() {
        const params = new URLSearchParams(window.location.search);
        const found = {};
        PARAMETERS.forEach(key => { if (params.get(key)) found[key] = params.get(key); });
        return found;
    }

    /** This page with some of its own parameters changed (null removes one); month and org stay. */
    function pageUrl(changes, anchor) {
        const params = new URLSearchParams(window.location.search);
        Object.entries(changes).forEach(([key, value]) => value === null || value === undefined ? params.delete(key) : params.set(key, value));
        const text = params.toString();
        return window.location.pathname + (text ? '?' + text : '') + (anchor ? '#' + anchor : '');
    }

    function trace(figure) {
        const clear = {};
        PARAMETERS.forEach(key => { clear[key] = null; });
        return B.href('/trace', Object.assign(clear, {figure: figure}));
    }

    function exportLink(main) {
        const params = new URLSearchParams(main.dataset.query || '');
        Object.entries(own()).forEach(([key, value]) => params.set(key, value));
        return main.dataset.export + '?' + params.toString();
    }

    function condition(table, drill) {
        return table.rows.find(row => row.drill === drill) || {};
    }

    B.pages.grades = async function (main) {
        const w = words();
        const cards = document.getElementById('cards');
        const body = document.getElementById('grades-body');
        let data;
        try {
            data = await B.api(main.dataset.api, own());
        }
        catch (error) {
            B.failure(cards, error);
            return;
        }
        if (data.emptyReason) {
            B.empty(cards, data.emptyReason);
            return;
        }
        const t = data.tables;
        const from = condition(t.conditions, 'from');
        const to = condition(t.conditions, 'to');
        const heading = cards.previousElementSibling;
        heading.textContent = w('page.cards') + ' · ' + w('js.cardsOf', to.value);
        if (data.kpis.length === 0) {
            B.empty(cards, t.distribution.emptyReason);
        }
        else {
            B.cards(cards, data.kpis);
            // A rising demotion rate is bad news: colour its change the other way round.
            cards.querySelectorAll('[data-kpi="demotion"] .up, [data-kpi="demotion"] .down').forEach(node => {
                node.className = node.classList.contains('up') ? 'down' : 'up';
            });
        }

        if (data.kpis.length > 0) {
            body.append(B.el('h2', {text: w('page.charts')}));
            const charts = B.el('div', {class: 'grid'});
            body.append(charts);
            distributionChart(chartPanel(charts), t.distribution, w);
            advancedChart(chartPanel(charts), t.advanced, w);
        }

        body.append(B.el('h2', {id: 'migration', text: w('page.migration')}), periodPicker(t.periods, from.code, to.code, w),
            B.el('p', {class: 'notice', 'data-testid': 'migration-source', text: condition(t.conditions, 'source').value}));
        const migration = B.el('div', {class: 'grid'});
        body.append(migration);
        sankey(chartPanel(migration), t.flows, t.migration, from, to, w);
        matrix(B.panel(migration, t.migration.title, null), t.migration, from.code, to.code, w);

        body.append(B.el('h2', {id: 'lists', text: w('page.lists')}), filters(t.conditions, w));
        list(body, t.organizations, main);
        list(body, t.newOrganizations, main);
        list(body, t.goneOrganizations, main);
        list(body, t.backward, main);

        if (window.location.hash) {
            const target = document.getElementById(window.location.hash.slice(1));
            if (target) requestAnimationFrame(() => target.scrollIntoView());
        }
    };

    function chartPanel(parent) {
        const node = B.el('section', {class: 'panel'});
        parent.append(node);
        return node;
    }

    // ---------------------------------------------------------------- period choice

    function periodPicker(periods, fromCode, toCode, w) {
        const options = (selected, keep) => periods.rows.filter(keep).map(row =>
            B.el('option', {value: row.period, selected: row.period === selected ? 'selected' : null, text: row.label}));
        const fromSelect = B.el('select', {name: 'from', 'data-testid': 'from-select'}, options(fromCode, row => !toCode || row.period < toCode));
        const toSelect = B.el('select', {name: 'to', 'data-testid': 'to-select'}, options(toCode, () => true));
        if (!fromCode) fromSelect.prepend(B.el('option', {value: '', selected: 'selected', text: '—'}));
        const go = () => {
            const changes = {from: fromSelect.value || null, to: toSelect.value, fromGrade: null, toGrade: null, change: null};
            if (changes.from && changes.from >= changes.to) changes.from = null;
            window.location.href = pageUrl(changes, 'migration');
        };
        fromSelect.addEventListener('change', go);
        toSelect.addEventListener('change', go);
        return B.el('div', {class: 'period-picker'},
            B.el('label', {}, B.el('span', {text: w('page.from')}), fromSelect),
            B.el('span', {class: 'arrow', text: '→'}),
            B.el('label', {}, B.el('span', {text: w('page.to')}), toSelect));
    }

    // ---------------------------------------------------------------- charts

    function distributionChart(container, table, w) {
        if (table.rows.length === 0) {
            B.empty(container, table.emptyReason);
            return;
        }
        const node = B.el('div', {class: 'chart', 'data-chart': 'distribution'});
        container.append(node, B.el('p', {class: 'hint', text: w('js.clickHint')}));
        const periods = table.rows.map(row => row.period);
        B.chart(node, {
            title: {text: table.title},
            legend: {top: 24},
            grid: {left: 50, right: 20, top: 64, bottom: 60},
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: params => {
                const row = table.rows[params[0].dataIndex];
                return B.esc(B.fmt.period(row.period)) + '<br>' + params.map(p => B.esc(p.seriesName) + '：' + B.esc(B.fmt.count(p.value))
                    + '（' + B.esc(B.fmt.rate(row.assessed ? p.value / row.assessed : null)) + '）').join('<br>');
            }},
            xAxis: {type: 'category', data: periods, name: w('js.periodAxis'), nameLocation: 'middle', nameGap: 40,
                axisLabel: {interval: 0, formatter: B.fmt.quarterTick}},
            yAxis: B.countAxis(w('js.organizationsAxis')),
            series: GRADES.map(grade => ({
                name: w('grade.' + grade), type: 'bar', stack: 'grades', barMaxWidth: 36, itemStyle: {color: COLORS[grade]},
                data: table.rows.map(row => row[grade])
            }))
        }, params => {
            const period = periods[params.dataIndex];
            if (period) {
                window.location.href = pageUrl({to: period, from: null, toGrade: GRADES[params.seriesIndex], fromGrade: null, change: null}, 'lists');
            }
        });
        details(container, table, w, (row, column) => GRADES.includes(column.key)
            ? trace('grades.distribution:' + row.period + ':' + column.key)
            : column.key === 'assessed' ? trace('grades.assessed:' + row.period) : null);
    }

    function advancedChart(container, table, w) {
        if (table.rows.length === 0) {
            B.empty(container, table.emptyReason);
            return;
        }
        const node = B.el('div', {class: 'chart', 'data-chart': 'advanced'});
        container.append(node, B.el('p', {class: 'hint', text: w('js.periodHint')}));
        const periods = table.rows.map(row => row.period);
        const target = table.rows.length ? table.rows[table.rows.length - 1].target : null;
        const highest = Math.max(target || 0, ...table.rows.map(row => row.advancedRate || 0));
        B.chart(node, {
            title: {text: table.title},
            grid: {left: 50, right: 20, top: 54, bottom: 60},
            tooltip: {trigger: 'axis', formatter: params => {
                const row = table.rows[params[0].dataIndex];
                return B.esc(B.fmt.period(row.period)) + '<br>' + B.esc(w('js.rate')) + '：' + B.esc(B.fmt.rate(row.advancedRate))
                    + '（' + B.esc(B.fmt.count(row.good)) + ' / ' + B.esc(B.fmt.count(row.assessed)) + '）'
                    + (target === null || target === undefined ? '' : '<br>' + B.esc(w('js.target')) + '：' + B.esc(B.fmt.rate(target)));
            }},
            xAxis: {type: 'category', data: periods, name: w('js.periodAxis'), nameLocation: 'middle', nameGap: 40,
                axisLabel: {interval: 0, formatter: B.fmt.quarterTick}},
            yAxis: Object.assign(B.rateAxis(w('js.rate')), {max: Math.min(1, Math.ceil((highest + 0.1) * 10) / 10)}),
            series: [{
                name: w('js.rate'), type: 'line', data: table.rows.map(row => row.advancedRate), itemStyle: {color: COLORS.GOOD},
                markLine: target === null || target === undefined ? undefined : {
                    symbol: 'none', silent: true, lineStyle: {type: 'dashed', color: '#D4A017'},
                    label: {formatter: () => w('js.target') + ' ' + B.fmt.rate(target), position: 'insideEndTop'},
                    data: [{yAxis: target}]
                }
            }]
        }, params => {
            const period = periods[params.dataIndex];
            if (period) window.location.href = pageUrl({to: period, from: null, fromGrade: null, toGrade: null, change: null});
        });
        details(container, table, w, (row, column) => column.key === 'advancedRate' || column.key === 'good'
            ? trace('grades.good:' + row.period) : column.key === 'assessed' ? trace('grades.assessed:' + row.period) : null);
    }

    /** The migration as a Sankey: the first period's grades (and the newly graded) on the left, the second's (and the not graded) on the right. */
    function sankey(container, flows, migration, from, to, w) {
        if (flows.rows.length === 0) {
            container.append(B.el('h3', {text: migration.title}));
            const reason = B.el('div', {});
            container.append(reason);
            B.empty(reason, flows.emptyReason);
            return;
        }
        const node = B.el('div', {class: 'chart tall', 'data-chart': 'sankey'});
        container.append(node, B.el('p', {class: 'hint', text: w('js.clickHint')}));
        const name = (side, key) => side + ':' + key;
        const label = key => key === 'NEW' ? w('js.newNode') : key === 'GONE' ? w('js.goneNode') : w('grade.' + key);
        const left = GRADES.concat(['NEW']).filter(key => flows.rows.some(row => row.source === key));
        const right = GRADES.concat(['GONE']).filter(key => flows.rows.some(row => row.target === key));
        const nodes = left.map(key => ({name: name('from', key), key: key, side: 'from', itemStyle: {color: COLORS[key]}, depth: 0,
                label: {position: 'left'}}))
            .concat(right.map(key => ({name: name('to', key), key: key, side: 'to', itemStyle: {color: COLORS[key]}, depth: 1,
                label: {position: 'right'}})));
        // With a filter from the matrix, the list's flows stand out and the others fade.
        const chosen = own();
        const filtered = FILTERS.some(key => chosen[key]);
        const matches = row => (!chosen.fromGrade || row.source === chosen.fromGrade) && (!chosen.toGrade || row.target === chosen.toGrade)
            && (!chosen.change || row.source === chosen.change || row.target === chosen.change);
        const links = flows.rows.map(row => ({source: name('from', row.source), target: name('to', row.target), value: row.organizations,
            sourceKey: row.source, targetKey: row.target, lineStyle: filtered ? {opacity: matches(row) ? 0.7 : 0.12} : undefined}));
        const total = (side, key) => links.filter(link => (side === 'from' ? link.sourceKey : link.targetKey) === key)
            .reduce((sum, link) => sum + link.value, 0);
        B.chart(node, {
            title: {text: w('js.sankeyTitle', from.value || '—', to.value || '')},
            tooltip: {trigger: 'item', formatter: params => params.dataType === 'edge'
                ? B.esc(label(params.data.sourceKey)) + ' → ' + B.esc(label(params.data.targetKey)) + '：' + B.esc(B.fmt.count(params.data.value))
                : B.esc((params.data.side === 'from' ? from.value : to.value) + ' · ' + label(params.data.key)) + '：'
                    + B.esc(B.fmt.count(total(params.data.side, params.data.key)))},
            series: [{
                type: 'sankey', left: 90, right: 90, top: 60, bottom: 16, nodeWidth: 16, nodeGap: 12, layoutIterations: 0,
                draggable: false, emphasis: {focus: 'adjacency'},
                lineStyle: {color: 'source', opacity: 0.35, curveness: 0.5},
                label: {formatter: params => label(params.data.key) + ' ' + B.fmt.count(total(params.data.side, params.data.key))},
                data: nodes, links: links
            }],
            graphic: [
                {type: 'text', left: 10, top: 36, style: {text: from.value || '—', fill: '#5f6670', fontSize: 12}},
                {type: 'text', right: 10, top: 36, style: {text: to.value || '', fill: '#5f6670', fontSize: 12}}
            ]
        }, params => {
            const changes = {fromGrade: null, toGrade: null, change: null};
            const pick = (side, key) => {
                if (key === 'NEW' || key === 'GONE') changes.change = key;
                else changes[side === 'from' ? 'fromGrade' : 'toGrade'] = key;
            };
            if (params.dataType === 'edge') {
                pick('from', params.data.sourceKey);
                pick('to', params.data.targetKey);
            }
            else {
                pick(params.data.side, params.data.key);
            }
            window.location.href = pageUrl(changes, 'lists');
        });
    }

    /** The 4×4 matrix with counts: the diagonal kept its grade, below it moved up (晋位), above it moved down (降级). */
    function matrix(container, table, fromCode, toCode, w) {
        if (table.rows.length === 0) {
            B.empty(container, table.emptyReason);
            return;
        }
        const head = B.el('tr', {}, table.columns.map(column => B.el('th', {class: column.kind === 'COUNT' ? 'num' : '', text: column.label})));
        const rows = table.rows.map((row, rowIndex) => B.el('tr', {class: row.drill === 'ALL' ? 'total' : ''}, table.columns.map(column => {
            if (column.key === 'fromGrade') {
                return B.el('th', {}, row.drill === 'ALL' ? row.fromGrade
                    : B.el('a', {href: pageUrl({fromGrade: row.drill, toGrade: null, change: null}, 'lists'), text: row.fromGrade}));
            }
            const value = row[column.key];
            const columnIndex = GRADES.indexOf(column.key);
            const kind = columnIndex < 0 || row.drill === 'ALL' ? 'total'
                : columnIndex === rowIndex ? 'same' : columnIndex < rowIndex ? 'promoted' : 'demoted';
            const base = 'grades.migration:' + fromCode + ':' + toCode;
            const figure = row.drill === 'ALL'
                ? (column.key === 'total' ? base : base + ':ALL:' + column.key)
                : (column.key === 'total' ? base + ':' + row.drill : base + ':' + row.drill + ':' + column.key);
            return B.el('td', {class: 'num cell-' + kind, 'data-from': row.drill, 'data-to': column.key},
                value > 0 ? B.el('a', {href: trace(figure), text: B.fmt.count(value)}) : B.fmt.count(value));
        })));
        container.append(B.el('div', {class: 'table-wrap'},
            B.el('table', {class: 'data matrix', 'data-table': table.id}, B.el('thead', {}, head), B.el('tbody', {}, rows))),
        B.el('p', {class: 'hint', text: w('js.matrixHint')}));
    }

    // ---------------------------------------------------------------- lists

    function filters(conditions, w) {
        const bar = B.el('div', {class: 'filters', 'data-testid': 'filters'});
        const active = conditions.rows.filter(row => row.filter);
        if (active.length === 0) return bar;
        bar.append(B.el('span', {text: w('js.filtered')}));
        active.forEach(row => bar.append(B.el('a', {class: 'chip', href: pageUrl({[row.drill]: null}, 'lists'), 'data-filter': row.drill,
            text: row.item + ' ' + row.value + ' ✕'})));
        bar.append(B.el('a', {href: pageUrl({fromGrade: null, toGrade: null, change: null}, 'lists'), text: w('js.clear')}));
        return bar;
    }

    function list(parent, table, main) {
        const container = B.panel(parent, table.title, null);
        container.previousSibling.querySelector('.tools').append(B.el('a', {href: exportLink(main), text: B.t('exportXlsx')}));
        B.table(container, table, {link: (row, column) => column.key === 'organization' && row.trace ? trace(row.trace) : null});
    }

    function details(container, table, w, link) {
        const holder = B.el('div', {});
        container.append(B.el('details', {class: 'chart-data'}, B.el('summary', {text: w('js.showData')}), holder));
        B.table(holder, table, {link: link});
    }
})();
