// The web shell: the portal at / and the console at /console. On every navigation it asks
// /api/modules what is installed, imports the pages of modules it has not loaded yet, and builds
// menus and routes from what is installed now — so a module's pages appear and disappear with
// its feature, without a rebuild or a restart.
import { createApp, reactive, computed, watch, markRaw } from 'vue';
import ElementPlus from 'element-plus';
import zhCn from 'element-plus/locale/zh-cn';
import en from 'element-plus/locale/en';
import {
  i18n, t, text, addMessages, session, loadMe, loadBrand, brand, route, api, can, isStaff,
  YwLink, YwState, YwDisclosures, YwChart, platform, menu,
} from 'yiwang';
import messages from './messages.js';
import { PortalLayout, PortalHome, SearchPage, LoginPage, RegisterPage } from './portal.js';
import { ConsoleLayout, ConsoleHome } from './console.js';

addMessages(messages);
document.documentElement.lang = i18n.locale;

const NotFound = {
  setup: () => ({ t }),
  template: `<el-result icon="warning" :title="t('shell.notFound.title')" :sub-title="t('shell.notFound.detail')" class="yw-not-found" />`,
};

const Forbidden = {
  props: ['detail'],
  setup: () => ({ t }),
  template: `<el-result icon="error" :title="t('shell.forbidden.title')" :sub-title="detail || t('shell.forbidden.detail')" class="yw-forbidden" />`,
};

const BUILT_IN = {
  portal: [
    { path: '/', component: PortalHome },
    { path: '/search', component: SearchPage },
    { path: '/login', component: LoginPage },
    { path: '/register', component: RegisterPage },
  ],
  console: [{ path: '/', component: ConsoleHome }],
};


async function refreshModules() {
  const page = await api('/modules');
  platform.modules = page.items;
  platform.errors = [];
  await Promise.all(page.items.filter((m) => m.ui).map(async (m) => {
    const known = platform.scripts[m.id];
    if (known && known.url === m.ui.script) return;
    try {
      const entry = (await import(m.ui.script)).default || {};
      addMessages(entry.messages);
      platform.scripts[m.id] = { url: m.ui.script, entry: markRaw(entry) };
    } catch (e) {
      delete platform.scripts[m.id];
      platform.errors.push(t('shell.error.module', { id: m.id, message: e.message }));
    }
  }));
}

function match(pattern, path) {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params = {};
  for (let i = 0; i < p.length; i += 1) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(s[i]);
    else if (p[i] !== s[i]) return null;
  }
  return params;
}

/** Finds the page for the current path among the shell's pages and the installed modules' routes. */
function resolve(path) {
  const consoleArea = path === '/console' || path.startsWith('/console/');
  const area = consoleArea ? 'console' : 'portal';
  const local = consoleArea ? path.slice('/console'.length) || '/' : path;
  if (consoleArea && !isStaff()) {
    return { area, redirect: session.me.kind === 'ANONYMOUS' ? `/login?next=${encodeURIComponent(path)}` : null,
      component: Forbidden, props: { detail: t('shell.staffOnly') } };
  }
  for (const r of BUILT_IN[area]) {
    const params = match(r.path, local);
    if (params) return { area, component: r.component, props: params };
  }
  for (const m of platform.modules) {
    const entry = platform.scripts[m.id]?.entry;
    for (const r of entry?.routes || []) {
      if ((r.area || 'console') !== area) continue;
      const params = match(r.path, local);
      if (!params) continue;
      if (r.permission && !can(r.permission)) return { area, component: Forbidden, props: {} };
      return { area, module: m.id, component: markRaw(r.component), props: params };
    }
  }
  return { area, component: NotFound, props: {} };
}

const view = reactive({ ready: false, area: 'portal', component: null, props: {}, key: '', navigating: false });

async function show() {
  view.navigating = true;
  const serial = route.serial;
  try {
    await refreshModules();
  } catch (e) {
    platform.errors = [e.message];
  }
  if (serial !== route.serial) return; // a newer navigation took over
  const target = resolve(route.path);
  if (target.redirect) {
    history.replaceState(null, '', target.redirect);
    route.path = location.pathname;
    route.query = Object.fromEntries(new URLSearchParams(location.search));
    return show();
  }
  Object.assign(view, {
    ready: true, area: target.area, component: markRaw(target.component), props: target.props,
    key: `${route.path}${location.search}`, navigating: false,
  });
  document.title = `${text(brand.name)}`;
}

const App = {
  setup() {
    const elLocale = computed(() => (i18n.locale === 'en' ? en : zhCn));
    const portalMenu = computed(() => menu('PORTAL'));
    const consoleMenu = computed(() => menu('CONSOLE'));
    watch(() => route.serial, show);
    watch(() => session.me, show);
    watch(() => i18n.locale, () => { document.title = text(brand.name); });
    return { view, platform, elLocale, portalMenu, consoleMenu, t };
  },
  components: { PortalLayout, ConsoleLayout },
  template: `
    <el-config-provider :locale="elLocale">
      <a class="yw-skip" href="#main">{{ t('shell.skip') }}</a>
      <p v-if="!view.ready" class="yw-boot" role="status">{{ t('shell.loading') }}</p>
      <component v-else :is="view.area === 'console' ? 'ConsoleLayout' : 'PortalLayout'"
                 :menu="view.area === 'console' ? consoleMenu : portalMenu" :navigating="view.navigating">
        <el-alert v-for="(e, i) in platform.errors" :key="i" type="warning" :title="e" show-icon :closable="false"
                  class="yw-module-error" />
        <component :is="view.component" v-bind="view.props" :key="view.key" />
      </component>
    </el-config-provider>`,
};

async function start() {
  const app = createApp(App);
  app.use(ElementPlus);
  app.config.globalProperties.$t = t;
  app.config.globalProperties.$text = text;
  app.component('YwLink', YwLink);
  app.component('YwState', YwState);
  app.component('YwDisclosures', YwDisclosures);
  app.component('YwChart', YwChart);
  await Promise.all([loadBrand().catch(() => {}), loadMe().catch(() => {})]);
  app.mount('#app');
  await show();
}

start();
