// Portal pages: the application form, the directory (institutions, experts, case library), an
// institution's page with its products (six disclosures), and the enterprise's service requests.
import { reactive, computed } from 'vue';
import { t, api, route, useRequest, usePagedList, session, loggedIn, brand } from 'yiwang';
import { shared, useAction, emptyProfile, profileBody, ProfileForm, Facts, History } from './shared.js';

/** Portal: apply for admission (入库申请), public and phone-friendly. */
export const Apply = {
  components: { ProfileForm },
  setup() {
    const form = reactive({ ...emptyProfile(), uscc: '', region: '', username: '', password: '' });
    const state = useAction();
    const created = reactive({ id: null });
    const submit = () => state.run('apply', async () => {
      const body = { ...profileBody(form), uscc: form.uscc, region: form.region || null,
        account: { username: form.username, password: form.password } };
      const result = await api('/institutions', { method: 'POST', body });
      created.id = result.id;
    });
    return { ...shared, form, state, created, submit };
  },
  template: `
    <p><yw-link to="/institutions">← {{ t('institutions.directory') }}</yw-link></p>
    <h1>{{ t('institutions.apply') }}</h1>
    <el-result v-if="created.id" icon="success" :title="t('institutions.applied', { id: created.id })" :sub-title="t('institutions.appliedDetail')" class="institutions-applied" />
    <section v-else class="yw-panel institutions-apply">
      <p class="yw-muted">{{ t('institutions.applyIntro') }}</p>
      <el-alert v-if="state.error" type="error" :title="state.error" show-icon :closable="false" role="alert" class="institutions-error" />
      <el-form label-position="top" @submit.prevent="submit">
        <el-form-item :label="t('institutions.uscc')" :error="state.fields.uscc" for="institutions-uscc" required>
          <el-input id="institutions-uscc" v-model="form.uscc" maxlength="18" autocomplete="off" />
        </el-form-item>
        <ProfileForm :model="form" :fields="state.fields" />
        <el-form-item :label="t('institutions.region')" :error="state.fields.region" for="institutions-region">
          <el-input id="institutions-region" v-model="form.region" maxlength="6" inputmode="numeric" :placeholder="t('institutions.regionHint')" />
        </el-form-item>
        <fieldset class="institutions-fieldset">
          <legend>{{ t('institutions.account') }}</legend>
          <el-form-item :label="t('institutions.username')" :error="state.fields['account.username'] || state.fields.account" for="institutions-username" required>
            <el-input id="institutions-username" v-model="form.username" autocomplete="username" maxlength="64" />
          </el-form-item>
          <el-form-item :label="t('institutions.password')" :error="state.fields['account.password']" for="institutions-password" required>
            <el-input id="institutions-password" v-model="form.password" type="password" show-password autocomplete="new-password" />
          </el-form-item>
        </fieldset>
        <el-button type="primary" native-type="submit" :loading="state.busy === 'apply'" class="institutions-apply-submit">{{ t('institutions.submitApplication') }}</el-button>
      </el-form>
    </section>`,
};

/** Portal: the directory with tabs for institutions, experts and the case library. */
export const Directory = {
  setup() {
    const filters = reactive({ q: route.query.q || '', category: route.query.category || '', region: route.query.region || '', type: '' });
    const paged = usePagedList('/institutions', () => filters, { size: 12 });
    const expertFilters = reactive({ q: '', category: '', region: '' });
    const experts = usePagedList('/institutions/experts', () => expertFilters, { size: 12 });
    const caseFilters = reactive({ industry: '', category: '', enterpriseSize: '' });
    const cases = usePagedList('/institutions/cases', () => caseFilters, { size: 12 });
    return { ...shared, filters, ...paged, expertFilters, experts, caseFilters, cases, tab: reactive({ name: 'institutions' }) };
  },
  template: `
    <h1>{{ t('institutions.directory') }}</h1>
    <p class="yw-muted">{{ t('institutions.directoryIntro') }} <yw-link to="/institutions/apply" class="institutions-apply-link">{{ t('institutions.apply') }}</yw-link></p>
    <el-tabs v-model="tab.name">
      <el-tab-pane :label="t('institutions.tab.institutions')" name="institutions">
        <form class="yw-toolbar" @submit.prevent="filter" role="search">
          <el-input v-model="filters.q" :placeholder="t('institutions.search')" :aria-label="t('institutions.search')" clearable class="institutions-q" />
          <el-select v-model="filters.category" :placeholder="t('institutions.category')" :aria-label="t('institutions.category')" clearable>
            <el-option v-for="c in CATEGORIES" :key="c[0]" :value="c[0]" :label="category(c[0])" />
          </el-select>
          <el-select v-model="filters.type" :placeholder="t('institutions.type')" :aria-label="t('institutions.type')" clearable>
            <el-option v-for="k in TYPES" :key="k" :value="k" :label="t('institutions.type.' + k)" />
          </el-select>
          <el-input v-model="filters.region" :placeholder="t('institutions.regionFilter')" :aria-label="t('institutions.regionFilter')" maxlength="6" clearable style="max-width: 12em" />
          <el-button type="primary" native-type="submit" class="institutions-search">{{ t('institutions.searchButton') }}</el-button>
        </form>
        <yw-state :state="list">
          <div v-if="list.data.items.length" class="institutions-directory"
               style="display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr)); gap: .75rem">
            <article v-for="i in list.data.items" :key="i.id" class="yw-panel institutions-card" style="margin: 0">
              <h2 style="font-size: 1.1rem; margin: 0 0 .5rem"><yw-link :to="'/institutions/' + i.id">{{ i.name }}</yw-link></h2>
              <p><el-tag size="small">{{ t('institutions.type.' + i.type) }}</el-tag>
                <el-tag v-if="i.status !== 'ADMITTED'" size="small" :type="STATUS_TYPE[i.status]">{{ t('institutions.status.' + i.status) }}</el-tag></p>
              <p class="yw-muted">{{ i.categories.map(category).join('、') }}</p>
              <p>{{ i.description }}</p>
            </article>
          </div>
          <el-empty v-else :description="t('institutions.none')" :image-size="64" />
          <div class="yw-pager"><el-pagination layout="total, prev, pager, next" :total="list.data.total" :page-size="size" :current-page="page" @current-change="turn" /></div>
        </yw-state>
      </el-tab-pane>
      <el-tab-pane :label="t('institutions.tab.experts')" name="experts">
        <form class="yw-toolbar" @submit.prevent="experts.filter" role="search">
          <el-input v-model="expertFilters.q" :placeholder="t('institutions.search')" :aria-label="t('institutions.search')" clearable />
          <el-select v-model="expertFilters.category" :placeholder="t('institutions.category')" :aria-label="t('institutions.category')" clearable>
            <el-option v-for="c in CATEGORIES" :key="c[0]" :value="c[0]" :label="category(c[0])" />
          </el-select>
          <el-input v-model="expertFilters.region" :placeholder="t('institutions.regionFilter')" :aria-label="t('institutions.regionFilter')" maxlength="6" clearable style="max-width: 12em" />
          <el-button type="primary" native-type="submit">{{ t('institutions.searchButton') }}</el-button>
        </form>
        <yw-state :state="experts.list">
          <ul v-if="experts.list.data.items.length" class="yw-list institutions-experts">
            <li v-for="e in experts.list.data.items" :key="e.id">
              <span><strong>{{ e.name }}</strong> {{ e.title }} <span class="yw-muted">{{ e.institutionName || t('institutions.independent') }}</span></span>
              <span>{{ e.fields.map(category).join('、') }} · {{ t('institutions.availability.' + e.availability) }}</span>
            </li>
          </ul>
          <el-empty v-else :description="t('institutions.none')" :image-size="64" />
        </yw-state>
      </el-tab-pane>
      <el-tab-pane :label="t('institutions.tab.cases')" name="cases">
        <form class="yw-toolbar" @submit.prevent="cases.filter">
          <el-input v-model="caseFilters.industry" :placeholder="t('institutions.industry')" :aria-label="t('institutions.industry')" maxlength="5" clearable style="max-width: 10em" />
          <el-select v-model="caseFilters.category" :placeholder="t('institutions.category')" :aria-label="t('institutions.category')" clearable>
            <el-option v-for="c in CATEGORIES" :key="c[0]" :value="c[0]" :label="category(c[0])" />
          </el-select>
          <el-select v-model="caseFilters.enterpriseSize" :placeholder="t('institutions.enterpriseSize')" :aria-label="t('institutions.enterpriseSize')" clearable>
            <el-option v-for="s in SIZES" :key="s" :value="s" :label="t('institutions.size.' + s)" />
          </el-select>
          <el-button type="primary" native-type="submit">{{ t('institutions.searchButton') }}</el-button>
        </form>
        <yw-state :state="cases.list">
          <ul v-if="cases.list.data.items.length" class="yw-list">
            <li v-for="k in cases.list.data.items" :key="k.id">
              <span><yw-link :to="'/institutions/' + k.institutionId">{{ k.title }}</yw-link></span>
              <span class="yw-muted">{{ k.industry }} {{ k.industryName }} · {{ category(k.category) }} · {{ t('institutions.size.' + k.enterpriseSize) }}</span>
            </li>
          </ul>
          <el-empty v-else :description="t('institutions.none')" :image-size="64" />
        </yw-state>
      </el-tab-pane>
    </el-tabs>`,
};

/** Portal: an institution's page with products (six disclosures), cases, experts and history. */
export const Detail = {
  props: ['id'],
  components: { Facts, History },
  setup(props) {
    const one = useRequest(() => api(`/institutions/${props.id}`));
    const ask = reactive({});
    const state = useAction();
    const enterprise = computed(() => session.me.kind === 'ENTERPRISE');
    const request = (p) => state.run(`request-${p.id}`, () => api(`/institutions/${props.id}/products/${p.id}/requests`,
      { method: 'POST', body: { note: ask[p.id] || null } }));
    const supervision = (v) => v.supervision || t('institutions.supervisionDefault', { hotline: brand.hotline || '12345' });
    const contact = (i) => [i.profile.servicePhone, i.profile.address].filter(Boolean).join(' · ');
    const visible = (p) => p.current && !p.withdrawn;
    return { ...shared, one, ask, state, enterprise, request, supervision, contact, visible, loggedIn };
  },
  template: `
    <p><yw-link to="/institutions">← {{ t('institutions.directory') }}</yw-link></p>
    <yw-state :state="one">
      <template v-if="one.data">
        <h1 class="institutions-title">{{ one.data.institution.profile.name }}</h1>
        <el-alert v-if="['NOTICE_OF_EXIT','APPEALED'].includes(one.data.institution.status)" type="warning" :closable="false" show-icon
                  :title="t('institutions.underNotice')" :description="one.data.institution.statusReason" />
        <Facts :institution="one.data.institution" />
        <h2>{{ t('institutions.products') }}</h2>
        <el-alert v-if="state.error" type="error" :title="state.error" show-icon :closable="false" role="alert" />
        <el-alert v-if="state.done" type="success" :closable="false" show-icon class="institutions-requested"
                  :title="t('institutions.requested')"><yw-link to="/institutions/requests">{{ t('institutions.myRequests') }}</yw-link></el-alert>
        <p v-if="!one.data.products.filter(visible).length" class="yw-muted">{{ t('institutions.noProducts') }}</p>
        <section v-for="p in one.data.products.filter(visible)" :key="p.id" class="yw-panel institutions-product">
          <h3>{{ p.current.name }} <el-tag size="small">{{ category(p.current.category) }}</el-tag></h3>
          <p>{{ t('institutions.feeLabel') }}：<strong>{{ fee(p.current) }}</strong> · {{ t('institutions.deliveryDays', { days: p.current.deliveryDays }) }}</p>
          <yw-disclosures :item="p.current.name" :content="p.current.content" :process="p.current.process"
                          :standard="p.current.standard" :supervision="supervision(p.current)" :contact="contact(one.data.institution)" />
          <div v-if="enterprise" class="yw-toolbar" style="margin-top: .5rem">
            <el-input v-model="ask[p.id]" :placeholder="t('institutions.requestNote')" :aria-label="t('institutions.requestNote')" maxlength="1000" class="institutions-request-note" />
            <el-button type="primary" :loading="state.busy === 'request-' + p.id" class="institutions-request" @click="request(p)">{{ t('institutions.requestProduct') }}</el-button>
          </div>
          <p v-else-if="!loggedIn()" class="yw-muted"><yw-link :to="'/login?next=' + encodeURIComponent('/institutions/' + id)">{{ t('institutions.loginToRequest') }}</yw-link></p>
        </section>
        <h2>{{ t('institutions.cases') }}</h2>
        <ul v-if="one.data.cases.length" class="yw-list institutions-cases">
          <li v-for="k in one.data.cases" :key="k.id">
            <span><strong>{{ k.title }}</strong> <span class="yw-muted">{{ k.industry }} {{ k.industryName }} · {{ category(k.category) }} · {{ t('institutions.size.' + k.enterpriseSize) }}<span v-if="k.year"> · {{ k.year }}</span></span></span>
            <span>{{ k.summary }} — {{ t('institutions.outcome') }}：{{ k.outcome }}</span>
          </li>
        </ul>
        <p v-else class="yw-muted">{{ t('institutions.noCases') }}</p>
        <template v-if="one.data.experts.length">
          <h2>{{ t('institutions.experts') }}</h2>
          <ul class="yw-list"><li v-for="e in one.data.experts" :key="e.id"><span><strong>{{ e.name }}</strong> {{ e.title }}</span><span>{{ e.profile }}</span></li></ul>
        </template>
        <h2>{{ t('institutions.historyTitle') }}</h2>
        <History :history="one.data.history" />
      </template>
    </yw-state>`,
};

/** Portal: the enterprise's product requests. */
export const MyRequests = {
  setup() {
    const enterprise = computed(() => session.me.kind === 'ENTERPRISE');
    const list = useRequest(() => (enterprise.value ? api('/institutions/requests/mine?size=100') : Promise.resolve({ items: [] })),
      { initial: { items: [] } });
    return { ...shared, enterprise, list, loggedIn };
  },
  template: `
    <h1>{{ t('institutions.myRequests') }}</h1>
    <section v-if="!enterprise" class="yw-panel"><p>{{ t('institutions.enterpriseOnly') }}</p>
      <yw-link v-if="!loggedIn()" to="/login?next=%2Finstitutions%2Frequests">{{ t('shell.login') }}</yw-link></section>
    <yw-state v-else :state="list">
      <el-table :data="list.data.items" :empty-text="t('institutions.none')" class="institutions-my-requests">
        <el-table-column :label="t('institutions.product')" min-width="160"><template #default="{ row }"><yw-link :to="'/institutions/' + row.institutionId">{{ row.productName }}</yw-link></template></el-table-column>
        <el-table-column prop="institutionName" :label="t('institutions.institution')" min-width="160" />
        <el-table-column :label="t('institutions.status')" width="110"><template #default="{ row }">{{ t('institutions.request.' + row.status) }}</template></el-table-column>
        <el-table-column :label="t('institutions.requestedAt')" width="170"><template #default="{ row }">{{ formatDateTime(row.requestedAt) }}</template></el-table-column>
        <el-table-column prop="outcome" :label="t('institutions.outcome')" min-width="160" />
      </el-table>
      <p class="yw-hint">{{ t('institutions.rateInLedger') }}</p>
    </yw-state>`,
};

