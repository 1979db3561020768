// The public portal: layout, home, search, login and enterprise registration.
import { reactive, ref, computed } from 'vue';
import {
  t, text, i18n, setLocale, brand, session, loggedIn, isStaff, login, logout, navigate, route, api, query,
  useRequest, contributions, formatDate, menu,
} from 'yiwang';

/** Header, navigation and footer around every portal page. */
export const PortalLayout = {
  props: { menu: Array, navigating: Boolean },
  setup() {
    const switchLanguage = () => setLocale(i18n.locale === 'en' ? 'zh-CN' : 'en');
    const signOut = async () => {
      await logout().catch(() => {});
      navigate('/');
    };
    return { t, text, brand, session, loggedIn, isStaff, switchLanguage, signOut, route };
  },
  template: `
    <div class="yw-portal">
      <header class="yw-header">
        <yw-link to="/" class="yw-brand">
          <img :src="brand.logo" alt="" class="yw-logo" width="40" height="40">
          <span class="yw-brand-name">{{ text(brand.name) }}</span>
        </yw-link>
        <nav class="yw-nav" :aria-label="t('shell.menu')">
          <yw-link to="/" :aria-current="route.path === '/' ? 'page' : null">{{ t('shell.home') }}</yw-link>
          <yw-link v-for="entry in menu" :key="entry.id" :to="entry.route" class="yw-nav-module"
                   :aria-current="route.path === entry.route ? 'page' : null">{{ text(entry.label) }}</yw-link>
        </nav>
        <div class="yw-tools">
          <a v-if="brand.hotline" :href="'tel:' + brand.hotline" class="yw-hotline">
            <span class="yw-hotline-label">{{ t('shell.hotline') }}</span> {{ brand.hotline }}
          </a>
          <button type="button" class="yw-lang" :aria-label="t('shell.languageLabel')" @click="switchLanguage">
            {{ t('shell.language') }}
          </button>
          <template v-if="loggedIn()">
            <yw-link v-if="isStaff()" to="/console" class="yw-console-link">{{ t('shell.console') }}</yw-link>
            <span class="yw-user">{{ session.me.username }}</span>
            <button type="button" class="yw-logout" @click="signOut">{{ t('shell.logout') }}</button>
          </template>
          <template v-else>
            <yw-link to="/login" class="yw-login-link">{{ t('shell.login') }}</yw-link>
            <yw-link to="/register" class="yw-register-link">{{ t('shell.register') }}</yw-link>
          </template>
        </div>
      </header>
      <el-progress v-if="navigating" :percentage="100" :indeterminate="true" :show-text="false" :stroke-width="3"
                   class="yw-nav-progress" />
      <main id="main" tabindex="-1" class="yw-main"><slot /></main>
      <footer class="yw-footer">
        <p>{{ text(brand.footer) || text(brand.name) }}</p>
        <p v-if="brand.hotline">{{ t('shell.hotline') }} {{ brand.hotline }}<span v-if="brand.domain"> · {{ brand.domain }}</span></p>
      </footer>
    </div>`,
};

/** The portal home: who we are, the hotline, search, the latest from every module, the services. */
export const PortalHome = {
  setup() {
    const q = ref('');
    const search = () => q.value.trim() && navigate(`/search${query({ q: q.value.trim() })}`);
    const latest = useRequest(async () => {
      const lists = await Promise.all(contributions('portal')
        .filter((c) => c.value.latest)
        .map((c) => c.value.latest().catch(() => [])));
      return lists.flat().sort((a, b) => String(b.date || '').localeCompare(String(a.date || ''))).slice(0, 8);
    }, { initial: [] });
    const services = computed(() => menu('PORTAL'));
    return { t, text, brand, q, search, latest, formatDate, services };
  },
  template: `
    <section class="yw-hero">
      <h1 class="yw-hero-title">{{ text(brand.name) }}</h1>
      <p class="yw-hero-tagline">{{ t('shell.portal.tagline') }}</p>
      <form class="yw-search" role="search" @submit.prevent="search">
        <label for="yw-search-q" class="yw-visually-hidden">{{ t('shell.portal.searchLabel') }}</label>
        <el-input id="yw-search-q" v-model="q" size="large" :placeholder="t('shell.portal.searchPlaceholder')" clearable />
        <el-button type="primary" size="large" native-type="submit">{{ t('shell.portal.search') }}</el-button>
      </form>
      <p v-if="brand.hotline" class="yw-hero-hotline">{{ t('shell.hotline') }}
        <a :href="'tel:' + brand.hotline">{{ brand.hotline }}</a></p>
    </section>
    <div class="yw-columns">
      <section class="yw-panel yw-latest" aria-labelledby="yw-latest-title">
        <h2 id="yw-latest-title">{{ t('shell.portal.latest') }}</h2>
        <yw-state :state="latest">
          <ul v-if="latest.data.length" class="yw-list">
            <li v-for="(item, i) in latest.data" :key="i">
              <yw-link :to="item.href">{{ text(item.title) }}</yw-link>
              <span class="yw-muted">{{ formatDate(item.date) }}</span>
            </li>
          </ul>
          <el-empty v-else :description="t('shell.portal.latestEmpty')" :image-size="64" />
        </yw-state>
      </section>
      <section class="yw-panel yw-services" aria-labelledby="yw-services-title">
        <h2 id="yw-services-title">{{ t('shell.portal.services') }}</h2>
        <ul v-if="services.length" class="yw-cards">
          <li v-for="entry in services" :key="entry.id"><yw-link :to="entry.route">{{ text(entry.label) }}</yw-link></li>
        </ul>
        <p v-else class="yw-muted">{{ t('shell.portal.servicesEmpty') }}</p>
      </section>
    </div>`,
};

/** Search: the standards (a USCC check, regions by name) and whatever the modules find. */
export const SearchPage = {
  setup() {
    const q = ref(route.query.q || '');
    const results = useRequest(async () => {
      const term = (route.query.q || '').trim();
      if (!term) return { uscc: null, regions: [], found: [] };
      const usccLike = /^[0-9A-Za-z]{18}$/.test(term);
      const [uscc, regions, ...found] = await Promise.all([
        usccLike ? api(`/standards/uscc/${encodeURIComponent(term)}`) : null,
        usccLike ? { items: [] } : api(`/standards/regions${query({ q: term })}`).catch(() => ({ items: [] })),
        ...contributions('portal').filter((c) => c.value.search).map((c) => c.value.search(term).catch(() => [])),
      ]);
      return { uscc, regions: regions.items.slice(0, 20), found: found.flat() };
    }, { initial: { uscc: null, regions: [], found: [] } });
    const submit = () => navigate(`/search${query({ q: q.value.trim() })}`);
    const regionName = (r) => [...(r.path || []).map((p) => p.name), r.name].join(' ');
    const empty = computed(() => !results.data.uscc && !results.data.regions.length && !results.data.found.length);
    return { t, text, q, results, submit, regionName, empty, route };
  },
  template: `
    <h1>{{ t('shell.search.title') }}</h1>
    <form class="yw-search" role="search" @submit.prevent="submit">
      <label for="yw-search-again" class="yw-visually-hidden">{{ t('shell.portal.searchLabel') }}</label>
      <el-input id="yw-search-again" v-model="q" :placeholder="t('shell.portal.searchPlaceholder')" clearable />
      <el-button type="primary" native-type="submit">{{ t('shell.portal.search') }}</el-button>
    </form>
    <yw-state :state="results">
      <section v-if="results.data.uscc" class="yw-panel yw-uscc-result">
        <h2>{{ t('shell.search.uscc') }}</h2>
        <el-alert v-if="results.data.uscc.valid" type="success" :closable="false" show-icon
          :title="t('shell.search.usccValid', { code: results.data.uscc.normalized, authority: results.data.uscc.parts.authority,
                   category: results.data.uscc.parts.category, region: results.data.uscc.parts.regionCode })" />
        <el-alert v-else type="error" :closable="false" show-icon
          :title="t('shell.search.usccInvalid', { code: route.query.q, detail: results.data.uscc.detail })" />
      </section>
      <section v-if="results.data.regions.length" class="yw-panel">
        <h2>{{ t('shell.search.regions') }}</h2>
        <ul class="yw-list"><li v-for="r in results.data.regions" :key="r.code">{{ r.code }} {{ regionName(r) }}</li></ul>
      </section>
      <section v-if="results.data.found.length" class="yw-panel">
        <ul class="yw-list">
          <li v-for="(item, i) in results.data.found" :key="i">
            <yw-link :to="item.href">{{ text(item.title) }}</yw-link>
            <p v-if="item.summary" class="yw-muted">{{ text(item.summary) }}</p>
          </li>
        </ul>
      </section>
      <el-empty v-if="empty && route.query.q" :description="t('shell.search.empty', { q: route.query.q })" />
    </yw-state>`,
};

/** Login for every kind of account; staff land in the console, others back on the portal. */
export const LoginPage = {
  setup() {
    const form = reactive({ username: '', password: '' });
    const state = reactive({ busy: false, error: '' });
    const submit = async () => {
      if (!form.username || !form.password) {
        state.error = t('shell.login.required');
        return;
      }
      state.busy = true;
      state.error = '';
      try {
        await login(form.username.trim(), form.password);
        const next = route.query.next;
        navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : (isStaff() ? '/console' : '/'),
          { replace: true });
      } catch (e) {
        state.error = e.message;
      } finally {
        state.busy = false;
      }
    };
    return { t, form, state, submit };
  },
  template: `
    <section class="yw-narrow yw-panel">
      <h1>{{ t('shell.login.title') }}</h1>
      <el-alert v-if="state.error" type="error" :title="t('shell.login.failed')" :description="state.error" show-icon
                :closable="false" class="yw-login-error" role="alert" />
      <el-form label-position="top" @submit.prevent="submit">
        <el-form-item :label="t('shell.login.username')" for="yw-login-username">
          <el-input id="yw-login-username" v-model="form.username" autocomplete="username" />
        </el-form-item>
        <el-form-item :label="t('shell.login.password')" for="yw-login-password">
          <el-input id="yw-login-password" v-model="form.password" type="password" show-password autocomplete="current-password" />
        </el-form-item>
        <el-button type="primary" native-type="submit" :loading="state.busy" class="yw-login-submit">{{ t('shell.login.submit') }}</el-button>
      </el-form>
      <p class="yw-muted">{{ t('shell.login.noAccount') }} <yw-link to="/register">{{ t('shell.register') }}</yw-link></p>
    </section>`,
};

/** Enterprise self-registration; staff approve it in their region. */
export const RegisterPage = {
  setup() {
    const form = reactive({ uscc: '', name: '', contact: '', username: '', password: '' });
    const state = reactive({ busy: false, error: '', fields: {}, done: null, usccHint: '' });
    const checkUscc = async () => {
      state.usccHint = '';
      const code = form.uscc.trim();
      if (!code) return;
      try {
        const verdict = await api(`/standards/uscc/${encodeURIComponent(code)}`);
        if (verdict.valid) {
          state.fields.uscc = '';
          state.usccHint = t('shell.register.usccOk', { region: verdict.parts.regionCode });
        } else {
          state.fields.uscc = verdict.detail;
        }
      } catch {
        // the server checks again on submit
      }
    };
    const submit = async () => {
      state.busy = true;
      state.error = '';
      state.fields = {};
      try {
        const created = await api('/identity/registrations', { method: 'POST', body: { ...form, uscc: form.uscc.trim() } });
        state.done = created.id;
      } catch (e) {
        state.error = e.message;
        state.fields = e.fields || {};
      } finally {
        state.busy = false;
      }
    };
    return { t, form, state, submit, checkUscc };
  },
  template: `
    <section class="yw-narrow yw-panel">
      <h1>{{ t('shell.register.title') }}</h1>
      <el-result v-if="state.done" icon="success" :title="t('shell.register.done', { id: state.done })" class="yw-register-done" />
      <template v-else>
        <p class="yw-muted">{{ t('shell.register.intro') }}</p>
        <el-alert v-if="state.error" type="error" :title="state.error" show-icon :closable="false" role="alert" />
        <el-form label-position="top" @submit.prevent="submit">
          <el-form-item :label="t('shell.register.uscc')" :error="state.fields.uscc" for="yw-reg-uscc" required>
            <el-input id="yw-reg-uscc" v-model="form.uscc" maxlength="18" @blur="checkUscc" />
            <span v-if="state.usccHint" class="yw-hint">{{ state.usccHint }}</span>
          </el-form-item>
          <el-form-item :label="t('shell.register.name')" :error="state.fields.name" for="yw-reg-name" required>
            <el-input id="yw-reg-name" v-model="form.name" maxlength="200" />
          </el-form-item>
          <el-form-item :label="t('shell.register.contact')" :error="state.fields.contact" for="yw-reg-contact">
            <el-input id="yw-reg-contact" v-model="form.contact" maxlength="100" />
          </el-form-item>
          <el-form-item :label="t('shell.register.username')" :error="state.fields.username" for="yw-reg-username" required>
            <el-input id="yw-reg-username" v-model="form.username" autocomplete="username" />
          </el-form-item>
          <el-form-item :label="t('shell.register.password')" :error="state.fields.password" for="yw-reg-password" required>
            <el-input id="yw-reg-password" v-model="form.password" type="password" show-password autocomplete="new-password" />
            <span class="yw-hint">{{ t('shell.register.passwordHint') }}</span>
          </el-form-item>
          <el-button type="primary" native-type="submit" :loading="state.busy" class="yw-register-submit">{{ t('shell.register.submit') }}</el-button>
        </el-form>
      </template>
    </section>`,
};
