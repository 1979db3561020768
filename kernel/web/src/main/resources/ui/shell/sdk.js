// The web shell's SDK, imported by the shell and by module pages as 'yiwang' (see the import map in
// index.html). Everything a module page needs: the API client, the session, messages in zh-CN and en,
// the brand, navigation, and the shared components (registered globally by the shell).
import { reactive, ref, onMounted, onBeforeUnmount, watch, nextTick } from 'vue';

// ---------------------------------------------------------------------------------------------- i18n

const LOCALE_KEY = 'yiwang.locale';

export const i18n = reactive({
  locale: localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'zh-CN',
  messages: { 'zh-CN': {}, en: {} },
});

/** Adds messages: { 'zh-CN': { key: text }, en: { key: text } }. Modules prefix keys with their id. */
export function addMessages(bundle) {
  for (const [locale, entries] of Object.entries(bundle || {})) {
    i18n.messages[locale] = Object.assign(i18n.messages[locale] || {}, entries);
  }
}

export function setLocale(locale) {
  i18n.locale = locale === 'en' ? 'en' : 'zh-CN';
  localStorage.setItem(LOCALE_KEY, i18n.locale);
  document.documentElement.lang = i18n.locale;
}

/** The message for key in the current language (zh-CN when missing), with {name} placeholders filled. */
export function t(key, params) {
  const message = i18n.messages[i18n.locale]?.[key] ?? i18n.messages['zh-CN'][key] ?? key;
  return params ? message.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m)) : message;
}

/** A LocalizedText from the API ({zh, en}) in the current language. */
export function text(value) {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  return i18n.locale === 'en' ? (value.en || value.zh || '') : (value.zh || value.en || '');
}

export function formatDate(value) {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? String(value) : d.toLocaleDateString(i18n.locale);
}

export function formatDateTime(value) {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? String(value) : d.toLocaleString(i18n.locale);
}

// ------------------------------------------------------------------------------------------- session

const TOKEN_KEY = 'yiwang.token';
const ANONYMOUS = { kind: 'ANONYMOUS', permissions: [] };

export const session = reactive({ token: localStorage.getItem(TOKEN_KEY), me: ANONYMOUS });

function clearSession() {
  session.token = null;
  session.me = ANONYMOUS;
  localStorage.removeItem(TOKEN_KEY);
}

/** Asks the platform who the stored token belongs to (anonymous when none or expired). */
export async function loadMe() {
  if (!session.token) {
    session.me = ANONYMOUS;
    return session.me;
  }
  try {
    session.me = await api('/identity/me');
  } catch (e) {
    if (e.status === 401) clearSession();
    else throw e;
  }
  return session.me;
}

export async function login(username, password) {
  const result = await api('/identity/login', { method: 'POST', body: { username, password } });
  session.token = result.token;
  localStorage.setItem(TOKEN_KEY, result.token);
  return loadMe();
}

export async function logout() {
  try {
    await api('/identity/logout', { method: 'POST' });
  } finally {
    clearSession();
  }
}

export function loggedIn() {
  return session.me.kind !== 'ANONYMOUS';
}

export function isStaff() {
  return session.me.kind === 'STAFF' || session.me.kind === 'ADMIN';
}

/** Whether the user holds a permission (administrators hold all; null/empty: anyone logged in may). */
export function can(permission) {
  if (!loggedIn()) return false;
  return !permission || session.me.kind === 'ADMIN' || (session.me.permissions || []).includes(permission);
}

// ----------------------------------------------------------------------------------------------- API

/** A 4xx/5xx answer: the RFC 9457 problem, with per-field messages in the current language. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.fields = {};
    for (const error of problem.errors || []) {
      const message = text(error.message) || error.rule;
      this.fields[error.field] = this.fields[error.field] ? `${this.fields[error.field]}; ${message}` : message;
    }
  }
}

/**
 * Calls /api + path with the session's token and the current language. A plain object body is
 * sent as JSON; a File/Blob as is (set headers['Content-Type']). Resolves to the JSON (or text)
 * answer, or the Response itself with { raw: true }; rejects with an ApiError.
 */
export async function api(path, { method = 'GET', body, headers = {}, raw = false, signal } = {}) {
  const all = { Accept: 'application/json, application/problem+json', 'Accept-Language': i18n.locale, ...headers };
  if (session.token) all.Authorization = `Bearer ${session.token}`;
  let payload = body;
  if (body !== undefined && !(body instanceof Blob) && typeof body !== 'string') {
    all['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(`/api${path}`, { method, headers: all, body: payload, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { title: t('shell.error.network'), detail: t('shell.error.networkDetail') });
  }
  if (!response.ok) {
    if (response.status === 401 && session.token && path !== '/identity/login') clearSession();
    let problem;
    try {
      problem = await response.json();
    } catch {
      problem = { title: `HTTP ${response.status}` };
    }
    throw new ApiError(response.status, problem);
  }
  if (raw) return response;
  if (response.status === 204) return null;
  return (response.headers.get('Content-Type') || '').includes('json') ? response.json() : response.text();
}

/** Downloads an API answer as a file (the token goes in the header, never in the URL). */
export async function download(path, fallbackName) {
  const response = await api(path, { raw: true, headers: { Accept: '*/*' } });
  const disposition = response.headers.get('Content-Disposition') || '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] || fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * State for one request on a page: { data, loading, error, run }. run() calls fn and keeps its
 * result; the page shows loading and error with <yw-state>.
 */
export function useRequest(fn, { immediate = true, initial = null } = {}) {
  const state = reactive({ data: initial, loading: false, error: null });
  let serial = 0;
  state.run = async (...args) => {
    const mine = ++serial;
    state.loading = true;
    state.error = null;
    try {
      const data = await fn(...args);
      if (mine === serial) state.data = data;
    } catch (e) {
      if (mine === serial) state.error = e;
    } finally {
      if (mine === serial) state.loading = false;
    }
  };
  if (immediate) state.run();
  return state;
}

/**
 * A paged list behind filters: { list, page, size, filter, turn }. list is a useRequest state over
 * GET path?<params()>&page=&size=; filter() reloads from page 1 (after the filters changed), turn(p)
 * loads page p. Spread it into a page's setup result and bind <el-pagination> to page, size, turn.
 */
export function usePagedList(path, params = () => ({}), { size = 20, page: start = 1 } = {}) {
  const page = ref(start);
  const list = useRequest(() => api(`${path}${query({ ...params(), page: page.value, size })}`),
    { initial: { items: [], total: 0 } });
  const filter = () => {
    page.value = 1;
    list.run();
  };
  const turn = (p) => {
    page.value = p;
    list.run();
  };
  return { list, page, size, filter, turn };
}

// ------------------------------------------------------------------------------------------ platform

/**
 * What is installed right now, refreshed by the shell on every navigation: the descriptors from
 * /api/modules, the loaded entry scripts by module id, and pages that failed to load.
 */
export const platform = reactive({ modules: [], scripts: {}, errors: [] });

/** What the installed modules' entry scripts export under name, e.g. 'portal': [{ module, value }]. */
export function contributions(name) {
  return platform.modules
    .filter((m) => platform.scripts[m.id]?.entry?.[name])
    .map((m) => ({ module: m.id, value: platform.scripts[m.id].entry[name] }));
}

/** The menu entries of an area ('PORTAL' or 'CONSOLE') the current user may see, in order. */
export function menu(area) {
  return platform.modules
    .flatMap((m) => (m.menu || []).map((entry) => ({ ...entry, module: m.id })))
    .filter((entry) => entry.area === area && (area === 'PORTAL' && !entry.permission ? true : can(entry.permission)))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

// --------------------------------------------------------------------------------------------- brand

export const brand = reactive({
  name: { zh: '中小企业公共服务平台', en: 'SME Public Service Platform' },
  logo: '/api/brand/logo',
  primaryColor: '#C8102E',
  hotline: '',
  domain: '',
  footer: { zh: '', en: '' },
});

function mix(hex, weight) {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const m = c.map((v) => Math.round(v * (1 - weight) + 255 * weight));
  return `#${m.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function darken(hex, weight) {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${c.map((v) => Math.round(v * (1 - weight)).toString(16).padStart(2, '0')).join('')}`;
}

/** Loads /api/brand and applies its colour to Element Plus's palette. */
export async function loadBrand() {
  Object.assign(brand, await api('/brand'));
  const root = document.documentElement.style;
  root.setProperty('--el-color-primary', brand.primaryColor);
  for (const [level, weight] of [[3, 0.3], [5, 0.5], [7, 0.7], [8, 0.8], [9, 0.9]]) {
    root.setProperty(`--el-color-primary-light-${level}`, mix(brand.primaryColor, weight));
  }
  root.setProperty('--el-color-primary-dark-2', darken(brand.primaryColor, 0.2));
  root.setProperty('--yw-brand', brand.primaryColor);
}

// -------------------------------------------------------------------------------------------- router

function readQuery() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

/** The current location: path and query; the shell re-renders when it changes. */
export const route = reactive({ path: location.pathname, query: readQuery(), serial: 0 });

/** Goes to a path inside the platform ('/console/enterprises?page=2'). */
export function navigate(to, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  syncRoute();
  window.scrollTo(0, 0);
}

export function syncRoute() {
  route.path = location.pathname;
  route.query = readQuery();
  route.serial += 1;
}

window.addEventListener('popstate', syncRoute);

/** Builds a query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') q.set(key, value);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

// ---------------------------------------------------------------------------------------- components

/** <yw-link to="/console/enterprises">: a real link that navigates inside the shell. */
export const YwLink = {
  name: 'YwLink',
  props: { to: { type: String, required: true } },
  methods: {
    go(event) {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      navigate(this.to);
    },
  },
  template: '<a :href="to" @click="go"><slot/></a>',
};

/** <yw-state :state="request">: loading skeleton, or the error with a retry button, or the content. */
export const YwState = {
  name: 'YwState',
  props: { state: { type: Object, required: true }, rows: { type: Number, default: 3 } },
  setup() {
    return { t };
  },
  template: `
    <div class="yw-state" :aria-busy="state.loading ? 'true' : 'false'">
      <el-alert v-if="state.error" type="error" :closable="false" show-icon class="yw-error" role="alert"
                :title="state.error.problem ? state.error.problem.title || t('shell.error.title') : t('shell.error.title')">
        <p>{{ state.error.message }}</p>
        <el-button size="small" @click="state.run()">{{ t('shell.retry') }}</el-button>
      </el-alert>
      <el-skeleton v-else-if="state.loading && !state.data" :rows="rows" animated />
      <slot v-else />
    </div>`,
};

/**
 * <yw-disclosures>: the six disclosures (六公开) of a service — item, content, process, standard,
 * supervision, contact. Each prop takes a string, a LocalizedText or a list of them.
 */
export const YwDisclosures = {
  name: 'YwDisclosures',
  props: ['item', 'content', 'process', 'standard', 'supervision', 'contact'],
  setup() {
    const keys = ['item', 'content', 'process', 'standard', 'supervision', 'contact'];
    const lines = (v) => (Array.isArray(v) ? v : [v]).filter((x) => x != null && x !== '').map(text);
    return { keys, lines, t };
  },
  template: `
    <section class="yw-disclosures" :aria-label="t('shell.disclosures.title')">
      <h3>{{ t('shell.disclosures.title') }}</h3>
      <el-descriptions :column="1" border>
        <el-descriptions-item v-for="key in keys" :key="key" :label="t('shell.disclosures.' + key)">
          <div :class="'yw-disclosure-' + key">
            <template v-if="lines($props[key]).length">
              <ol v-if="key === 'process' && lines($props[key]).length > 1">
                <li v-for="(line, i) in lines($props[key])" :key="i">{{ line }}</li>
              </ol>
              <p v-else v-for="(line, i) in lines($props[key])" :key="i">{{ line }}</p>
            </template>
            <span v-else class="yw-muted">{{ t('shell.disclosures.none') }}</span>
          </div>
        </el-descriptions-item>
      </el-descriptions>
    </section>`,
};

/** <yw-chart :option="echartsOption" height="300px">: an Apache ECharts chart, loaded on first use. */
export const YwChart = {
  name: 'YwChart',
  props: { option: { type: Object, required: true }, height: { type: String, default: '300px' }, label: String },
  setup(props) {
    const el = ref(null);
    let chart = null;
    const resize = () => chart && chart.resize();
    onMounted(async () => {
      const echarts = await import('echarts');
      await nextTick();
      if (!el.value) return;
      chart = echarts.init(el.value);
      chart.setOption(props.option);
      window.addEventListener('resize', resize);
    });
    watch(() => props.option, (option) => chart && chart.setOption(option, true), { deep: true });
    onBeforeUnmount(() => {
      window.removeEventListener('resize', resize);
      if (chart) chart.dispose();
    });
    return { el };
  },
  template: '<div ref="el" class="yw-chart" role="img" :aria-label="label" :style="{ height }"></div>',
};
