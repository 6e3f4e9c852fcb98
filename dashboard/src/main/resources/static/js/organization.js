/* 组织: one organization's history (profile, members, grades, 三会一课, submissions, findings, subtree), or the list to pick one. */
(function () {
    'use strict';
    const B = window.Bastion;
    const GRADES = ['较差', '一般', '较好', '好'];
    const BIG_TREE = 60;
    const esc = B.esc;

    const word = key => {
        const node = document.querySelector('#words [data-word="' + key + '"]');
        return node ? node.textContent : key;
    };
    const organizationHref = code => B.href('/organization', {org: code});
    const organizationLink = (row, column) => {
        const value = row[column.key];
        return column.kind === 'ORGANIZATION' && value && typeof value === 'object' && value.allowed !== false ? organizationHref(value.code) : null;
    };

    /** Bastion.table re-renders on paging and sorting: keep a data-testid on every body row. */
    function tagRows(container, testid) {
        const tag = () => {
            container.querySelectorAll('tbody tr').forEach(row => row.setAttribute('data-testid', testid));
            container.querySelectorAll('td[data-column=sha256]').forEach(cell => cell.setAttribute('title', cell.textContent));
        };
        new MutationObserver(tag).observe(container, {childList: true, subtree: true});
        tag();
    }

    function panel(parent, table, options) {
        const body = B.panel(parent, table.title, '/api/organization/export.xlsx', (options && options.className) || '');
        return body;
    }

    // ---------------------------------------------------------------- the list

    function renderList(main, data) {
        const section = document.getElementById('list');
        const table = data.tables.organizations;
        const input = B.el('input', {type: 'search', class: 'search', placeholder: word('search'), 'data-testid': 'org-search',
            'aria-label': word('search')});
        const hint = B.el('span', {class: 'hint', text: word('searchHint').replace('{0}', B.fmt.count(table.rows.length))});
        const body = B.el('div');
        section.replaceChildren(B.el('div', {class: 'search-bar'}, input, hint), body);
        const draw = () => {
            const needle = input.value.trim().toLowerCase();
            const rows = needle === '' ? table.rows : table.rows.filter(row =>
                String(row.organization.name).toLowerCase().includes(needle) || String(row.code).toLowerCase().includes(needle));
            B.table(body, Object.assign({}, table, {rows: rows}), {link: organizationLink});
        };
        input.addEventListener('input', draw);
        draw();
        tagRows(body, 'org-row');
        // Indent names by level, so the list reads as the tree it is.
        const indent = () => body.querySelectorAll('tbody tr').forEach(row => {
            const depth = Number((row.querySelector('td[data-column=depth]') || {}).textContent || 1);
            const name = row.querySelector('td[data-column=organization]');
            if (name) name.style.paddingLeft = (8 + (depth - 1) * 16) + 'px';
        });
        new MutationObserver(indent).observe(body, {childList: true, subtree: true});
        indent();
    }

    // ---------------------------------------------------------------- one organization

    function breadcrumb(path) {
        const node = document.getElementById('breadcrumb');
        const steps = path.rows.slice(0, -1);
        if (steps.length === 0) {
            node.remove();
            return;
        }
        node.replaceChildren(word('breadcrumb') + (B.lang === 'zh' ? '：' : ': '), ...steps.flatMap((row, i) => [
            i > 0 ? ' › ' : '',
            row.allowed ? B.el('a', {href: organizationHref(row.organization.code), title: row.organization.code, text: row.organization.name})
                : B.el('span', {title: row.organization.code, text: row.organization.name})]));
    }

    function profile(parent, data) {
        const body = panel(parent, data.tables.profile);
        const list = B.el('dl', {class: 'profile', 'data-testid': 'org-profile'});
        data.tables.profile.rows.filter(row => row.item !== 'name').forEach(row => {
            const value = row.item === 'parent' && row.code
                ? B.el('a', {href: organizationHref(row.code), title: row.code, 'data-testid': 'org-parent', text: row.value})
                : B.el('span', {text: row.value, 'data-item': row.item});
            list.append(B.el('dt', {text: row.label}), B.el('dd', {'data-item': row.item}, value));
        });
        const units = data.tables.coveredUnits;
        const covered = units.rows.length === 0
            ? B.el('span', {class: 'muted', text: units.emptyReason})
            : B.el('ul', {class: 'units', 'data-testid': 'covered-units'}, units.rows.map(unit => B.el('li', {title: unit.unitCode},
                unit.unitName, unit.attached ? B.el('span', {class: 'badge attached', text: word('attached')}) : null)));
        list.append(B.el('dt', {text: units.title}), B.el('dd', {'data-item': 'coveredUnits'}, covered));
        body.append(list);
    }

    function membersChart(parent, table) {
        const body = panel(parent, table);
        if (table.rows.length === 0) {
            B.empty(body, table.emptyReason);
            return;
        }
        const chart = B.el('div', {class: 'chart', 'data-chart': 'members'});
        body.append(chart);
        // A 党委 or 党总支 usually has no members of its own: leave out a series that is zero throughout.
        const keys = table.columns.filter(column => column.kind === 'COUNT' && table.rows.some(row => row[column.key]));
        requestAnimationFrame(() => B.chart(chart, {
            legend: {top: 0, left: 0},
            grid: {left: 48, right: 16, top: 56, bottom: 32},
            tooltip: {trigger: 'axis', formatter: ps => esc(B.fmt.month(ps[0].name)) + '<br>'
                    + ps.map(p => esc(p.seriesName) + '：' + esc(B.fmt.count(p.value))).join('<br>')},
            xAxis: {type: 'category', data: table.rows.map(row => row.month), axisLabel: {formatter: value => B.fmt.month(value)}},
            yAxis: Object.assign(B.countAxis(word('membersChart')), {nameTextStyle: {align: 'left'}}),
            series: keys.map((column, i) => ({type: 'line', name: column.label, data: table.rows.map(row => row[column.key]),
                lineStyle: {type: i % 2 === 1 ? 'dashed' : 'solid'}}))
        }));
    }

    function gradesPanel(parent, table) {
        const body = panel(parent, table);
        if (table.rows.length === 0) {
            B.empty(body, table.emptyReason);
            return;
        }
        const chart = B.el('div', {class: 'chart short', 'data-chart': 'grades'});
        const list = B.el('div');
        body.append(chart, list);
        requestAnimationFrame(() => B.chart(chart, {
            grid: {left: 48, right: 16, top: 36, bottom: 32},
            tooltip: {trigger: 'axis', formatter: ps => {
                const row = table.rows[ps[0].dataIndex];
                return esc(B.fmt.period(row.period)) + '：' + esc(row.grade) + (row.score === null ? '' : '（' + esc(word('score')) + ' ' + esc(B.fmt.score(row.score)) + '）');
            }},
            xAxis: {type: 'category', data: table.rows.map(row => row.period), axisLabel: {formatter: value => B.fmt.period(value)}},
            yAxis: {type: 'category', data: GRADES, name: word('gradesChart'), nameTextStyle: {align: 'left'}},
            series: [{type: 'line', step: 'middle', symbolSize: 8, data: table.rows.map(row => row.grade)}]
        }));
        B.table(list, table);
    }

    function tablePanel(parent, table, testid, className) {
        const body = panel(parent, table, {className: className});
        B.table(body, table, {link: organizationLink});
        if (testid) tagRows(body, testid);
        return body;
    }

    /** The subtree as a tree chart: click a branch to expand or collapse it, click a leaf (or double-click any) to open it. */
    function treeChart(parent, table) {
        const body = panel(parent, table);
        const nodes = new Map(table.rows.map(row => [row.code, {name: row.name, value: row.code, kind: row.kind, children: []}]));
        let root = null;
        table.rows.forEach(row => {
            const node = nodes.get(row.code);
            if (row.parentCode && nodes.has(row.parentCode)) nodes.get(row.parentCode).children.push(node);
            else if (!root) root = node;
        });
        const big = table.rows.length > BIG_TREE;
        const expanded = new Set(big ? [root.value] : table.rows.map(row => row.code));
        const visibleLeaves = node => node.children.length === 0 || !expanded.has(node.value) ? 1
            : node.children.reduce((sum, child) => sum + visibleLeaves(child), 0);
        const height = () => Math.max(260, Math.min(4000, visibleLeaves(root) * 24 + 40)) + 'px';
        const chart = B.el('div', {class: 'chart', 'data-chart': 'tree'});
        chart.style.height = height();
        body.append(B.el('p', {class: 'muted', text: word('clickToExpand')}), chart);
        requestAnimationFrame(() => {
            const instance = B.chart(chart, {
                tooltip: {trigger: 'item', formatter: p => esc(p.data.name) + '<br>' + esc(p.data.kind) + ' · ' + esc(p.data.value)},
                series: [{type: 'tree', data: [root], top: 10, bottom: 10, left: 210, right: 260, orient: 'LR',
                    initialTreeDepth: big ? 1 : -1, expandAndCollapse: true, symbolSize: 9, roam: false,
                    label: {position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 12, width: 200, overflow: 'truncate'},
                    leaves: {label: {position: 'right', verticalAlign: 'middle', align: 'left', width: 250, overflow: 'truncate'}},
                    emphasis: {focus: 'descendant'}}]
            });
            instance.on('click', params => {
                const node = nodes.get(params.data.value);
                if (!node) return;
                if (node.children.length === 0) {
                    window.location.href = organizationHref(node.value);
                    return;
                }
                if (expanded.has(node.value)) expanded.delete(node.value); else expanded.add(node.value);
                chart.style.height = height();
                instance.resize();
            });
            instance.on('dblclick', params => { window.location.href = organizationHref(params.data.value); });
        });
    }

    function renderOrganization(main, data) {
        breadcrumb(data.tables.path);
        B.cards(document.getElementById('cards'), data.kpis);
        const panels = document.getElementById('organization-panels');
        const top = B.el('div', {class: 'grid'});
        const middle = B.el('div', {class: 'grid align-top'});
        const wide = B.el('div', {class: 'stack'});
        panels.replaceWith(top);
        top.after(middle);
        middle.after(wide);
        profile(top, data);
        membersChart(top, data.tables.members);
        gradesPanel(middle, data.tables.grades);
        tablePanel(middle, data.tables.findings, 'finding-row');
        tablePanel(wide, data.tables.compliance, 'compliance-row');
        tablePanel(wide, data.tables.submissions, 'submission-row');
        if (data.tables.tree) treeChart(wide, data.tables.tree);
        tablePanel(wide, data.tables.children, 'child-row');
    }

    B.pages.organization = async function (main) {
        const target = document.getElementById('list') || document.getElementById('cards');
        let data;
        try {
            data = await B.api(main.dataset.api);
        }
        catch (error) {
            B.failure(target, error);
            return;
        }
        if (data.emptyReason) {
            B.empty(target, data.emptyReason);
            return;
        }
        if (data.tables.organizations) renderList(main, data);
        else renderOrganization(main, data);
    };
})();
