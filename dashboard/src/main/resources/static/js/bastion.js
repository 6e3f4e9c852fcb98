/* Bastion's pages: formatting, the ECharts theme, cards, sortable paged tables, and the drill-down links.
 * Every text that comes from data is written with textContent or escaped before ECharts sees it. */
(function () {
    'use strict';
    const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
    const WORDS = {
        zh: {
            points: ' 个百分点', days: ' 天', target: '目标', gap: '差距', vsLast: '较上月', noChange: '与上月持平', met: '达标', missed: '未达标',
            noTarget: '无年度目标', loading: '加载中…', failed: '加载失败：', retry: '请刷新页面重试；如仍失败请联系管理员。', rows: '共 {0} 条',
            prev: '上一页', next: '下一页', page: '第 {0}/{1} 页', exportXlsx: '导出 Excel', empty: '该范围内无记录', trace: '查看明细',
            yes: '是', no: '否', month: '{0}年{1}月', previousPeriod: '较上期', count: '数量', rate: '比率',
            saveImage: '保存为图片', blank: '—', period: '期间 {0}', perMonthNeeded: '', of: ' / '
        },
        en: {
            points: ' pp', days: ' days', target: 'Target', gap: 'Gap', vsLast: 'vs last month', noChange: 'unchanged', met: 'met', missed: 'missed',
            noTarget: 'no annual target', loading: 'Loading…', failed: 'Could not load: ', retry: 'Reload the page; if it persists tell the admin.',
            rows: '{0} rows', prev: 'Previous', next: 'Next', page: 'page {0}/{1}', exportXlsx: 'Export .xlsx', empty: 'Nothing in this scope',
            trace: 'details', yes: 'yes', no: 'no', month: '{1}/{0}', previousPeriod: 'vs previous period', count: 'Count',
            rate: 'Rate', saveImage: 'Save as image', blank: '—', period: 'period {0}', perMonthNeeded: '', of: ' / '
        }
    };
    const t = (key, ...args) => (WORDS[lang][key] || key).replace(/\{(\d)\}/g, (_, i) => args[i]);
    /** 一 … 四 for quarter 1 … 4 ('' for anything else). */
    const quarterWord = quarter => '一二三四'.charAt(Number(quarter) - 1);
    /** An axis tick, with the year on a second line where it starts or changes. */
    const tickWithYear = (text, year, withYear) => withYear ? text + '\n' + (lang === 'en' ? year : year + '年') : text;

    const fmt = {
        rate(value) {
            return value === null || value === undefined || Number.isNaN(value) ? t('blank') : (value * 100).toFixed(1) + '%';
        },
        count(value) {
            return value === null || value === undefined ? t('blank') : Number(value).toLocaleString('en-US', {maximumFractionDigits: 1});
        },
        number(value) {
            return value === null || value === undefined ? t('blank') : Number(value).toLocaleString('en-US', {maximumFractionDigits: 2});
        },
        score(value) {
            return value === null || value === undefined ? t('blank') : Number(value).toFixed(1);
        },
        days(value) {
            return value === null || value === undefined ? t('blank') : Number(value).toLocaleString('en-US', {maximumFractionDigits: 1}) + t('days');
        },
        month(iso) {
            if (!iso) return t('blank');
            const [y, m] = String(iso).split('-');
            return t('month', y, Number(m));
        },
        period(label) {
            const match = /^(\d{4})Q(\d)$/.exec(String(label));
            if (!match) return String(label);
            return lang === 'en' ? match[1] + ' Q' + match[2] : match[1] + '年第' + quarterWord(match[2]) + '季度';
        },
        /** An axis tick: 12月 for most months; the first tick and every January also carry the year on a second line. */
        monthTick(iso, index) {
            const [y, m] = String(iso).split('-').map(Number);
            return tickWithYear(lang === 'en' ? String(m) : m + '月', y, index === 0 || m === 1);
        },
        /** An axis tick: 二季度 (Q2) for most quarters; the first tick and every first quarter also carry the year. */
        quarterTick(label, index) {
            const match = /^(\d{4})Q(\d)$/.exec(String(label));
            if (!match) return String(label);
            return tickWithYear(lang === 'en' ? 'Q' + match[2] : quarterWord(match[2]) + '季度', match[1], index === 0 || match[2] === '1');
        },
        monthKey(key) {
            return fmt.month(String(key).slice(0, 4) + '-' + String(key).slice(4));
        },
        points(delta) {
            return Math.abs(delta * 100).toFixed(1) + t('points');
        },
        cell(kind, value) {
            if (value === null || value === undefined || value === '') return t('blank');
            switch (kind) {
                case 'RATE': return fmt.rate(value);
                case 'COUNT': return fmt.count(value);
                case 'NUMBER': return fmt.number(value);
                case 'SCORE': return fmt.score(value);
                case 'DAYS': return fmt.days(value);
                case 'MONTH': return /^\d{6}$/.test(String(value)) ? fmt.monthKey(value) : /^\d{4}Q\d$/.test(String(value)) ? fmt.period(value) : fmt.month(value);
                case 'BOOLEAN': return value ? t('yes') : t('no');
                case 'ORGANIZATION': return typeof value === 'object' ? value.name : String(value);
                default: return String(value);
            }
        }
    };

    const esc = (text) => String(text === null || text === undefined ? '' : text)
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

    function el(tag, attributes, ...children) {
        const node = document.createElement(tag);
        Object.entries(attributes || {}).forEach(([key, value]) => {
            if (value === null || value === undefined || value === false) return;
            if (key === 'text') node.textContent = value;
            else if (key === 'class') node.className = value;
            else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
            else node.setAttribute(key, value);
        });
        children.flat().forEach(child => {
            if (child === null || child === undefined) return;
            node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
        });
        return node;
    }

    const content = () => document.getElementById('content');
    const query = () => (content() && content().dataset.query) || '';

    /** The page's URL state: the selection's query plus the page's own parameters. */
    function href(path, extra) {
        const params = new URLSearchParams(query());
        Object.entries(extra || {}).forEach(([key, value]) => value === null || value === undefined ? params.delete(key) : params.set(key, value));
        const text = params.toString();
        return path + (text ? '?' + text : '');
    }

    async function api(path, extra) {
        const response = await fetch(href(path, extra), {credentials: 'same-origin', headers: {Accept: 'application/json'}});
        if (response.status === 401) {
            window.location.href = '/login';
            throw new Error('401');
        }
        const body = await response.json().catch(() => ({}));
        if (!response.ok) {
            throw new Error(body.chinese && lang === 'zh' ? body.chinese : (body.english || body.detail || response.statusText));
        }
        return body;
    }

    function failure(container, error) {
        container.replaceChildren(el('div', {class: 'error-box', text: t('failed') + error.message + ' ' + t('retry')}));
    }

    function empty(container, reason) {
        container.replaceChildren(el('div', {class: 'empty', 'data-testid': 'empty', text: reason || t('empty')}));
    }

    // ---------------------------------------------------------------- charts

    const THEME = {
        color: ['#C8161D', '#D4A017', '#5470c6', '#91a7b9', '#3ba272', '#9a60b4', '#ea7ccc', '#73c0de', '#fc8452', '#7f8c8d'],
        textStyle: {fontFamily: '"Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif'},
        title: {textStyle: {fontSize: 14, fontWeight: 600, color: '#1f2328'}, left: 0},
        categoryAxis: {axisLine: {lineStyle: {color: '#c9ccd1'}}, axisLabel: {color: '#5f6670'}},
        valueAxis: {splitLine: {lineStyle: {color: '#eceef1'}}, axisLabel: {color: '#5f6670'}},
        line: {symbolSize: 5, lineStyle: {width: 2}}
    };
    let themed = false;
    const charts = [];

    function chart(node, option, onClick) {
        if (!themed) {
            echarts.registerTheme('bastion', THEME);
            themed = true;
        }
        const instance = echarts.init(node, 'bastion', {renderer: 'canvas'});
        option.toolbox = option.toolbox || {right: 0, feature: {saveAsImage: {title: t('saveImage'), pixelRatio: 2}}};
        option.animation = false;
        instance.setOption(option);
        if (onClick) instance.on('click', onClick);
        charts.push(instance);
        return instance;
    }
    window.addEventListener('resize', () => charts.forEach(instance => instance.resize()));
    window.addEventListener('beforeprint', () => charts.forEach(instance => instance.resize()));

    function rateAxis(name) {
        return {type: 'value', name: name || t('rate'), min: 0, max: 1, axisLabel: {formatter: value => Math.round(value * 100) + '%'}};
    }

    function countAxis(name) {
        return {type: 'value', name: name || t('count'), minInterval: 1, axisLabel: {formatter: value => fmt.count(value)}};
    }

    function tooltipRate(params) {
        const list = Array.isArray(params) ? params : [params];
        return list.map(p => esc(p.seriesName) + '：' + esc(fmt.rate(Array.isArray(p.value) ? p.value[1] : p.value))).join('<br>');
    }

    function sparkline(node, points, kind) {
        const values = points.map(p => p.value);
        chart(node, {
            toolbox: {show: false},
            grid: {left: 2, right: 2, top: 4, bottom: 2},
            xAxis: {type: 'category', show: false, data: points.map(p => p.month)},
            yAxis: {type: 'value', show: false, scale: true},
            tooltip: {trigger: 'axis', formatter: ps => esc(fmt.cell('MONTH', ps[0].name)) + '：' + esc(kind === 'RATE' ? fmt.rate(ps[0].value) : fmt.count(ps[0].value))},
            series: [{type: 'line', data: values, symbol: 'none', connectNulls: false, lineStyle: {width: 1.5, color: '#C8161D'},
                areaStyle: {color: 'rgba(200,22,29,0.08)'}}]
        });
    }

    // ---------------------------------------------------------------- cards

    function card(kpi) {
        const rate = kpi.kind === 'RATE';
        const value = kpi.value === null || kpi.value === undefined ? null : kpi.value;
        const shown = rate ? fmt.rate(value) : fmt.count(value);
        const hover = value === null ? (kpi.blankReason || '') :
            (rate && kpi.numerator !== null && kpi.denominator !== null ? fmt.count(kpi.numerator) + ' / ' + fmt.count(kpi.denominator) : '');
        const valueNode = kpi.trace && value !== null
            ? el('a', {href: href('/trace', {figure: kpi.trace}), title: hover, 'data-testid': 'kpi-value', text: shown})
            : el('span', {title: hover, 'data-testid': 'kpi-value', text: shown});
        const meta = el('div', {class: 'meta'});
        if (kpi.target !== null && kpi.target !== undefined) {
            const met = value !== null && value >= kpi.target - 1e-9;
            meta.append(el('span', {text: t('target') + ' ' + (rate ? fmt.rate(kpi.target) : fmt.count(kpi.target))}));
            if (value !== null) {
                meta.append(el('span', {class: met ? 'status-met' : 'status-missed'},
                    el('span', {class: 'badge', text: met ? t('met') : t('missed')}),
                    met ? '' : ' ' + t('gap') + ' ' + (rate ? fmt.points(kpi.target - value) : fmt.count(kpi.target - value))));
            }
        }
        if (rate && value !== null && kpi.previous !== null && kpi.previous !== undefined) {
            const delta = value - kpi.previous;
            const word = kpi.note && /Q\d$/.test(kpi.note) ? t('previousPeriod') : t('vsLast');
            meta.append(Math.abs(delta) < 0.0005
                ? el('span', {text: t('noChange')})
                : el('span', {class: delta > 0 ? 'up' : 'down', text: word + ' ' + (delta > 0 ? '▲ ' : '▼ ') + fmt.points(delta)}));
        }
        if (kpi.note && !/Q\d$/.test(kpi.note)) meta.append(el('span', {text: kpi.note}));
        if (kpi.note && /Q\d$/.test(kpi.note)) meta.append(el('span', {text: fmt.period(kpi.note)}));
        const spark = el('div', {class: 'spark'});
        const node = el('div', {class: 'card', 'data-kpi': kpi.key},
            el('div', {class: 'name', text: kpi.label}),
            el('div', {class: 'value'}, valueNode),
            meta, spark);
        requestAnimationFrame(() => { if ((kpi.trend || []).length > 1) sparkline(spark, kpi.trend, kpi.kind); });
        return node;
    }

    function cards(container, kpis) {
        container.replaceChildren(...kpis.map(card));
    }

    // ---------------------------------------------------------------- tables

    const PAGE_SIZE = 20;

    /** A sortable, paged table; link(row, column) may return a URL that the cell opens. */
    function table(container, data, options) {
        options = options || {};
        let rows = data.rows.slice();
        let page = 0;
        let sortKey = null;
        let ascending = true;
        const wrap = el('div', {class: 'table-wrap'});
        const pager = el('div', {class: 'pager'});
        const numeric = kind => ['COUNT', 'RATE', 'NUMBER', 'SCORE', 'DAYS'].includes(kind);

        function render() {
            if (rows.length === 0) {
                wrap.replaceChildren(el('div', {class: 'empty', 'data-testid': 'empty', text: data.emptyReason || t('empty')}));
                pager.replaceChildren();
                return;
            }
            const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
            page = Math.min(page, pages - 1);
            const head = el('tr', {}, data.columns.map(column => el('th', {
                class: (numeric(column.kind) ? 'num ' : '') + (sortKey === column.key ? (ascending ? 'sorted-asc' : 'sorted-desc') : ''),
                text: column.label,
                onclick: () => { ascending = sortKey === column.key ? !ascending : true; sortKey = column.key; sort(); render(); }
            })));
            const body = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map(row => el('tr', {}, data.columns.map(column => {
                const value = row[column.key];
                const text = fmt.cell(column.kind, value);
                const url = options.link ? options.link(row, column) : null;
                const title = column.kind === 'ORGANIZATION' && value && typeof value === 'object' ? value.code : null;
                return el('td', {class: numeric(column.kind) ? 'num' : '', title: title, 'data-column': column.key},
                    url ? el('a', {href: url, text: text}) : text);
            })));
            wrap.replaceChildren(el('table', {class: 'data', 'data-table': data.id}, el('thead', {}, head), el('tbody', {}, body)));
            pager.replaceChildren(
                el('span', {text: t('rows', fmt.count(rows.length))}),
                el('button', {type: 'button', text: t('prev'), disabled: page === 0 ? 'disabled' : null, onclick: () => { page--; render(); }}),
                el('span', {text: t('page', page + 1, pages)}),
                el('button', {type: 'button', text: t('next'), disabled: page >= pages - 1 ? 'disabled' : null, onclick: () => { page++; render(); }}));
        }

        function sort() {
            const key = sortKey;
            rows.sort((a, b) => {
                let x = a[key], y = b[key];
                if (x && typeof x === 'object') x = x.name;
                if (y && typeof y === 'object') y = y.name;
                if (x === null || x === undefined) return 1;
                if (y === null || y === undefined) return -1;
                const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
                return ascending ? order : -order;
            });
        }

        render();
        container.replaceChildren(wrap, pager);
    }

    /** A panel with a title, an export link and a body; returns the body. */
    function panel(parent, title, exportPath, className) {
        const body = el('div', {class: className || ''});
        const tools = el('span', {class: 'tools'});
        if (exportPath) tools.append(el('a', {href: href(exportPath), text: t('exportXlsx')}));
        const node = el('section', {class: 'panel'}, el('div', {class: 'panel-head'}, el('h3', {text: title}), tools), body);
        parent.append(node);
        return body;
    }

    // ---------------------------------------------------------------- selectors

    document.addEventListener('DOMContentLoaded', () => {
        const form = document.getElementById('selectors');
        if (form) {
            form.querySelectorAll('select').forEach(select => select.addEventListener('change', () => {
                const params = new URLSearchParams(window.location.search);
                form.querySelectorAll('select').forEach(s => s.value ? params.set(s.name, s.value) : params.delete(s.name));
                window.location.search = params.toString();
            }));
        }
        const main = content();
        if (main && main.dataset.family && window.Bastion.pages[main.dataset.family]) {
            window.Bastion.pages[main.dataset.family](main).catch(error => console.error(error));
        }
    });

    window.Bastion = {t, fmt, esc, el, api, href, chart, cards, card, table, panel, empty, failure, rateAxis, countAxis, tooltipRate, lang, pages: {}};
})();
