/* 覆盖: the three coverage rates with their trend, coverage by 单位类别 and 行业 (a bar filters the lists), the 应建未建 and
 * uncovered lists down to the enterprise, and new enterprises' days to first coverage. Every number opens its trace. */
(function () {
    'use strict';
    const B = window.Bastion;
    const DRILL = ['category', 'industry', 'bucket'];
    const GREY = '#91a7b9';

    /** The page's words, rendered by the server from i18n/coverage*.properties. */
    function words() {
        const map = {};
        document.querySelectorAll('#words [data-key]').forEach(node => { map[node.dataset.key] = node.textContent; });
        return key => map[key] || key;
    }

    /** The drill-down parameters of this page's URL. */
    function drill() {
        const params = new URLSearchParams(window.location.search);
        const found = {};
        DRILL.forEach(key => { if (params.get(key)) found[key] = params.get(key); });
        return found;
    }

    /** This page with some drill-down parameters changed (null removes one); month and org stay. */
    function pageUrl(changes) {
        const params = new URLSearchParams(window.location.search);
        Object.entries(changes).forEach(([key, value]) => value === null || value === undefined ? params.delete(key) : params.set(key, value));
        const text = params.toString();
        return window.location.pathname + (text ? '?' + text : '') + (changes.month ? '' : '#lists');
    }

    /** A trace link for a figure at the page's month and organization, without the page's own filters. */
    function trace(figure, extra) {
        return B.href('/trace', Object.assign({figure: figure, category: null, industry: null, bucket: null}, extra || {}));
    }

    const FIGURES = {
        active: 'coverage.active', covered: 'coverage.covered', orgCoverage: 'coverage.covered', workCovered: 'coverage.workCovered',
        workCoverage: 'coverage.workCovered', threeFull: 'coverage.threeFull', ownOrganization: 'coverage.ownOrganization',
        ownBranch: 'coverage.ownOrganization', mustForm: 'coverage.mustForm', uncoveredOver90: 'coverage.uncovered90'
    };

    function exportLink(main) {
        const params = new URLSearchParams(main.dataset.query || '');
        Object.entries(drill()).forEach(([key, value]) => params.set(key, value));
        return main.dataset.export + '?' + params.toString();
    }

    B.pages.coverage = async function (main) {
        const w = words();
        const cards = document.getElementById('cards');
        const body = document.getElementById('coverage-body');
        let data;
        try {
            data = await B.api(main.dataset.api, drill());
        }
        catch (error) {
            B.failure(cards, error);
            return;
        }
        if (data.emptyReason) {
            B.empty(cards, data.emptyReason);
            return;
        }
        B.cards(cards, data.kpis);
        const t = data.tables;
        t.conditions.rows.filter(row => row.drill === 'note')
            .forEach(row => body.append(B.el('p', {class: 'notice', 'data-testid': 'scope-note', text: row.value})));

        trendChart(chartPanel(body), t.trend, data.month, w);
        const charts = B.el('div', {class: 'grid'});
        body.append(charts);
        breakdown(charts, t.byCategory, 'category', w('page.byCategory'), w);
        breakdown(charts, t.byIndustry, 'industry', w('page.byIndustry'), w);

        const lists = B.el('div', {id: 'lists'});
        body.append(B.el('h2', {text: w('page.lists')}), filters(t.conditions, w), lists);
        enterpriseList(lists, t.mustForm, main);
        enterpriseList(lists, t.uncovered, main);

        body.append(B.el('h2', {text: w('page.firstCoverage')}));
        bucketChart(chartPanel(body), t.buckets, t.firstCoverageSummary, w);
        enterpriseList(body, t.newEnterprises, main);

        if (Object.keys(drill()).length > 0 && window.location.hash === '#lists') {
            requestAnimationFrame(() => document.getElementById('lists').scrollIntoView());
        }
    };

    // ---------------------------------------------------------------- charts

    /** A panel for a chart: the chart carries its own title (it goes into the saved PNG too). */
    function chartPanel(parent) {
        const node = B.el('section', {class: 'panel'});
        parent.append(node);
        return node;
    }

    function trendChart(container, table, month, w) {
        if (table.rows.length === 0) {
            B.empty(container, table.emptyReason);
            return;
        }
        const node = B.el('div', {class: 'chart', 'data-chart': 'trend'});
        container.append(node, B.el('p', {class: 'hint', text: w('js.trendHint') + ' · ' + w('js.noTarget')}));
        const months = table.rows.map(row => row.month);
        const series = [
            ['orgCoverage', 'covered', 'active'], ['workCoverage', 'workCovered', 'active'], ['ownBranch', 'ownOrganization', 'threeFull']
        ].map(([key, numerator, denominator]) => ({
            name: label(table, key), type: 'line', data: table.rows.map(row => row[key]), connectNulls: false,
            numerator: numerator, denominator: denominator,
            markLine: key === 'orgCoverage' ? {symbol: 'none', silent: true, label: {show: false}, lineStyle: {type: 'dotted', color: GREY},
                data: [{xAxis: month}]} : undefined
        }));
        B.chart(node, {
            title: {text: table.title},
            legend: {top: 24},
            grid: {left: 50, right: 30, top: 64, bottom: 44},
            tooltip: {trigger: 'axis', formatter: params => {
                const row = table.rows[params[0].dataIndex];
                return B.esc(B.fmt.month(row.month)) + '<br>' + params.map(p => {
                    const s = series[p.seriesIndex];
                    return B.esc(p.seriesName) + '：' + B.esc(B.fmt.rate(row[['orgCoverage', 'workCoverage', 'ownBranch'][p.seriesIndex]]))
                        + '（' + B.esc(B.fmt.count(row[s.numerator])) + ' / ' + B.esc(B.fmt.count(row[s.denominator])) + '）';
                }).join('<br>');
            }},
            xAxis: {type: 'category', data: months, name: w('js.monthAxis'), nameLocation: 'middle', nameGap: 28,
                axisLabel: {formatter: value => B.fmt.month(value)}},
            yAxis: B.rateAxis(w('js.rate')),
            series: series
        }, params => {
            const target = months[params.dataIndex];
            if (target) window.location.href = pageUrl({month: target});
        });
        dataDetails(container, table, w, (row, column) => FIGURES[column.key] ? trace(FIGURES[column.key], {month: row.month}) : null);
    }

    /** Coverage by 单位类别 or 行业: bars of the three rates; a click filters the lists below to that category or industry. */
    function breakdown(parent, table, parameter, heading, w) {
        const container = chartPanel(parent);
        if (table.rows.length === 0) {
            container.append(B.el('h3', {text: table.title || heading}));
            const reason = B.el('div', {});
            container.append(reason);
            B.empty(reason, table.emptyReason);
            return;
        }
        const horizontal = parameter === 'industry';
        const node = B.el('div', {class: 'chart tall', 'data-chart': parameter === 'industry' ? 'byIndustry' : 'byCategory'});
        container.append(node, B.el('p', {class: 'hint', text: w('js.clickHint')}));
        const rows = horizontal ? table.rows.slice().reverse() : table.rows;
        const chosen = drill()[parameter];
        const names = rows.map(row => row.scope);
        const keys = [['orgCoverage', 'covered', 'active'], ['workCoverage', 'workCovered', 'active'], ['ownBranch', 'ownOrganization', 'threeFull']];
        const series = keys.map(([key]) => ({
            name: label(table, key), type: 'bar', barMaxWidth: 18,
            data: rows.map(row => ({value: row[key], itemStyle: chosen && row.drill !== chosen ? {opacity: 0.35} : undefined}))
        }));
        const categoryAxis = {type: 'category', data: names, axisLabel: {interval: 0, formatter: value => value}};
        const valueAxis = Object.assign(B.rateAxis(w('js.rate')), horizontal ? {nameLocation: 'middle', nameGap: 24} : {});
        B.chart(node, {
            title: {text: table.title},
            legend: {top: 24},
            grid: horizontal ? {left: 110, right: 24, top: 64, bottom: 44} : {left: 50, right: 20, top: 64, bottom: 40},
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: params => {
                const row = rows[params[0].dataIndex];
                return B.esc(row.scope) + '<br>' + keys.map(([key, numerator, denominator]) => B.esc(label(table, key)) + '：'
                    + B.esc(B.fmt.rate(row[key])) + '（' + B.esc(B.fmt.count(row[numerator])) + ' / ' + B.esc(B.fmt.count(row[denominator])) + '）')
                    .join('<br>') + '<br>' + B.esc(label(table, 'mustForm')) + '：' + B.esc(B.fmt.count(row.mustForm));
            }},
            xAxis: horizontal ? valueAxis : categoryAxis,
            yAxis: horizontal ? categoryAxis : valueAxis,
            series: series
        }, params => {
            const row = rows[params.dataIndex];
            if (!row) return;
            const changes = {category: null, industry: null};
            changes[parameter] = row.drill === chosen ? null : row.drill;
            window.location.href = pageUrl(changes);
        });
        dataDetails(container, table, w, (row, column) => {
            if (column.key === 'scope') return pageUrl({category: null, industry: null, [parameter]: row.drill});
            return FIGURES[column.key] ? trace(FIGURES[column.key] + ':' + row.traceScope) : null;
        });
    }

    /** What each first-coverage number traces to: all new enterprises, those covered by now (the median is theirs), those not yet. */
    const FIRST_COVERAGE = {newEnterprises: 'coverage.firstCoverage', covered: 'coverage.firstCoverage:COVERED',
        medianDays: 'coverage.firstCoverage:COVERED', notYet: 'coverage.firstCoverage:NOT_YET'};

    function bucketChart(container, table, summary, w) {
        const stats = summary.rows[0];
        // A category or industry filter narrows these numbers; their traces list the unfiltered enterprises, so no link then.
        const filtered = Boolean(drill().category || drill().industry);
        container.append(B.el('div', {class: 'stats', 'data-testid': 'first-coverage-summary'},
            summary.columns.map(column => B.el('span', {class: 'stat', 'data-kpi': 'firstCoverage.' + column.key},
                B.el('span', {class: 'stat-name', text: column.label}),
                B.el(filtered ? 'span' : 'a', {class: 'stat-value', href: filtered ? null : trace(FIRST_COVERAGE[column.key]),
                    'data-testid': 'stat-value', text: B.fmt.cell(column.kind, stats[column.key])})))));
        if (table.rows.length === 0) {
            B.empty(container, table.emptyReason);
            return;
        }
        const node = B.el('div', {class: 'chart', 'data-chart': 'buckets'});
        container.append(node, B.el('p', {class: 'hint', text: w('js.clickHint')}));
        const chosen = drill().bucket;
        B.chart(node, {
            title: {text: table.title},
            grid: {left: 50, right: 20, top: 64, bottom: 48},
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'},
                formatter: params => B.esc(params[0].name) + '：' + B.esc(B.fmt.count(params[0].value))},
            xAxis: {type: 'category', data: table.rows.map(row => row.bucket), name: w('column.bucket'), nameLocation: 'middle', nameGap: 28,
                axisLabel: {interval: 0}},
            yAxis: B.countAxis(w('js.enterprisesAxis')),
            series: [{type: 'bar', barMaxWidth: 36, name: label(table, 'enterprises'), label: {show: true, position: 'top'},
                data: table.rows.map(row => ({value: row.enterprises, itemStyle: {
                    color: row.drill === 'NOT_YET' ? GREY : '#C8161D', opacity: chosen && row.drill !== chosen ? 0.35 : 1}}))}]
        }, params => {
            const row = table.rows[params.dataIndex];
            if (row) window.location.href = pageUrl({bucket: row.drill === chosen ? null : row.drill});
        });
    }

    // ---------------------------------------------------------------- lists

    /** The filters in force (from the API's 查询条件, in the page's language), each with a way to drop it. */
    function filters(conditions, w) {
        const bar = B.el('div', {class: 'filters', 'data-testid': 'filters'});
        const active = conditions.rows.filter(row => row.drill && row.drill !== 'note');
        if (active.length === 0) return bar;
        bar.append(B.el('span', {text: w('js.filtered')}));
        active.forEach(row => bar.append(B.el('a', {class: 'chip', href: pageUrl({[row.drill]: null}), 'data-filter': row.drill,
            text: row.item + ' ' + row.value + ' ✕'})));
        bar.append(B.el('a', {href: pageUrl({category: null, industry: null, bucket: null}), text: w('js.clear')}));
        return bar;
    }

    function enterpriseList(parent, table, main) {
        const container = B.panel(parent, table.title, null);
        const head = container.previousSibling;
        head.querySelector('.tools').append(B.el('a', {href: exportLink(main), text: B.t('exportXlsx')}));
        B.table(container, table, {link: (row, column) => column.key === 'unitName' && row.trace ? trace(row.trace) : null});
    }

    /** A chart's numbers as a table under it, folded away; each number opens its trace. */
    function dataDetails(container, table, w, link) {
        const holder = B.el('div', {});
        const details = B.el('details', {class: 'chart-data'}, B.el('summary', {text: w('js.showData')}), holder);
        container.append(details);
        B.table(holder, table, {link: link});
    }

    function label(table, key) {
        const column = table.columns.find(c => c.key === key);
        return column ? column.label : key;
    }
})();
