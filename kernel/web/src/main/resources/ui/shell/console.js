// The staff console: layout with the navigation built from the installed modules' menu entries
// (only those the user's permissions allow), and the console home.
import { ref, computed } from 'vue';
import {
  t, text, i18n, setLocale, brand, session, logout, navigate, route, api, query, useRequest, can, menu,
} from 'yiwang';

export const ConsoleLayout = {
  props: { menu: Array, navigating: Boolean },
  setup() {
    const drawer = ref(false);
    const active = computed(() => route.path);
    const go = (path) => {
      drawer.value = false;
      navigate(path);
    };
    const switchLanguage = () => setLocale(i18n.locale === 'en' ? 'zh-CN' : 'en');
    const signOut = async () => {
      await logout().catch(() => {});
      navigate('/login');
    };
    return { t, text, brand, session, drawer, active, go, switchLanguage, signOut };
  },
  template: `
    <div class="yw-console">
      <header class="yw-header yw-console-header">
        <button type="button" class="yw-menu-button" :aria-label="t('shell.menu')" aria-controls="yw-drawer"
                :aria-expanded="drawer ? 'true' : 'false'" @click="drawer = true">☰</button>
        <yw-link to="/console" class="yw-brand">
          <img :src="brand.logo" alt="" class="yw-logo" width="32" height="32">
          <span class="yw-brand-name">{{ text(brand.name) }}</span>
        </yw-link>
        <div class="yw-tools">
          <yw-link to="/" class="yw-portal-link">{{ t('shell.home') }}</yw-link>
          <button type="button" class="yw-lang" :aria-label="t('shell.languageLabel')" @click="switchLanguage">
            {{ t('shell.language') }}
          </button>
          <span class="yw-user">{{ session.me.username }}</span>
          <button type="button" class="yw-logout" @click="signOut">{{ t('shell.logout') }}</button>
        </div>
      </header>
      <el-progress v-if="navigating" :percentage="100" :indeterminate="true" :show-text="false" :stroke-width="3"
                   class="yw-nav-progress" />
      <div class="yw-console-body">
        <nav class="yw-side" :aria-label="t('shell.menu')">
          <el-menu :default-active="active" class="yw-console-menu" @select="go">
            <el-menu-item index="/console">{{ t('shell.console') }}</el-menu-item>
            <el-menu-item v-for="entry in menu" :key="entry.id" :index="'/console' + entry.route"
                          :class="'yw-menu-' + entry.id">{{ text(entry.label) }}</el-menu-item>
          </el-menu>
        </nav>
        <el-drawer id="yw-drawer" v-model="drawer" direction="ltr" size="260px" :title="text(brand.name)">
          <el-menu :default-active="active" @select="go">
            <el-menu-item index="/console">{{ t('shell.console') }}</el-menu-item>
            <el-menu-item v-for="entry in menu" :key="entry.id" :index="'/console' + entry.route">{{ text(entry.label) }}</el-menu-item>
          </el-menu>
        </el-drawer>
        <main id="main" tabindex="-1" class="yw-main yw-console-main"><slot /></main>
      </div>
    </div>`,
};

const SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];

/** Console home: who you are, what you can use, and the SME database at a glance. */
export const ConsoleHome = {
  setup() {
    const entries = computed(() => menu('CONSOLE'));
    const region = useRequest(async () => {
      const code = session.me.regionCode;
      if (!code) return null;
      const r = await api(`/standards/regions/${code}`).catch(() => null);
      return r ? [...(r.path || []).map((p) => p.name), r.name].join(' ') : code;
    });
    const sizes = useRequest(async () => {
      if (!can('enterprises.read')) return null;
      const totals = await Promise.all(SIZES.map((size) => api(`/enterprises${query({ sizeClass: size, size: 1 })}`)
        .then((page) => page.total)));
      return SIZES.map((size, i) => ({ size, total: totals[i] }));
    });
    const chart = computed(() => sizes.data && {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      color: ['#1f5fa8', '#2e8540', '#b35c00', '#8e1b3d'],
      series: [{
        type: 'pie', radius: ['40%', '70%'],
        data: sizes.data.map((s) => ({ name: t(`shell.size.${s.size}`), value: s.total })),
      }],
    });
    return { t, text, session, entries, region, sizes, chart };
  },
  template: `
    <h1 class="yw-welcome">{{ t('shell.console.welcome', { name: session.me.username }) }}</h1>
    <p class="yw-muted">{{ t('shell.console.account', { kind: t('shell.kind.' + session.me.kind),
       region: region.data || t('shell.console.allRegions') }) }}</p>
    <section class="yw-panel" aria-labelledby="yw-modules-title">
      <h2 id="yw-modules-title">{{ t('shell.console.modules') }}</h2>
      <ul v-if="entries.length" class="yw-cards">
        <li v-for="entry in entries" :key="entry.id"><yw-link :to="'/console' + entry.route">{{ text(entry.label) }}</yw-link></li>
      </ul>
      <p v-else class="yw-muted">{{ t('shell.console.noModules') }}</p>
    </section>
    <section v-if="sizes.data || sizes.loading || sizes.error" class="yw-panel" aria-labelledby="yw-sizes-title">
      <h2 id="yw-sizes-title">{{ t('shell.console.sizes') }}</h2>
      <yw-state :state="sizes">
        <yw-chart v-if="chart" :option="chart" :label="t('shell.console.sizes')" height="280px" />
      </yw-state>
    </section>`,
};
