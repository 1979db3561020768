// Portal: the institution account's workbench — requests, profile (changes go to approval),
// products, cases and experts, evaluations, history, and the appeal against a notice of exit.
import { reactive, computed } from 'vue';
import { t, api, useRequest, session, loggedIn } from 'yiwang';
import { shared, useAction, emptyProfile, profileBody, ProfileForm, Facts, History } from './shared.js';

/** The institution's own products, cases and experts editors (workbench). */
export const Catalog = {
  props: { id: [String, Number], products: Array, cases: Array, experts: Array },
  emits: ['changed'],
  setup(props, { emit }) {
    const state = useAction();
    const product = reactive({ editing: null, name: '', category: '', content: '', process: '', standard: '', supervision: '', free: false, fee: null, deliveryDays: 5 });
    const kase = reactive({ title: '', industry: '', category: '', enterpriseSize: 'SMALL', summary: '', outcome: '', year: null });
    const expert = reactive({ name: '', title: '', profile: '', fields: [], availability: 'AVAILABLE', availabilityNote: '' });
    const edit = (p) => {
      const v = p.pending || p.current;
      Object.assign(product, { editing: p.id, name: v.name, category: v.category, content: v.content, process: v.process.join('\n'),
        standard: v.standard, supervision: v.supervision || '', free: v.free, fee: v.fee, deliveryDays: v.deliveryDays });
    };
    const saveProduct = () => state.run('product', async () => {
      const body = { name: product.name, category: product.category, content: product.content,
        process: product.process.split('\n').map((s) => s.trim()).filter(Boolean), standard: product.standard,
        supervision: product.supervision || null, free: product.free, fee: product.free ? null : product.fee, deliveryDays: product.deliveryDays };
      const path = product.editing ? `/institutions/${props.id}/products/${product.editing}` : `/institutions/${props.id}/products`;
      await api(path, { method: product.editing ? 'PUT' : 'POST', body });
      Object.assign(product, { editing: null, name: '', content: '', process: '', standard: '', supervision: '' });
      emit('changed');
    });
    const withdraw = (p) => state.run('withdraw', async () => { await api(`/institutions/${props.id}/products/${p.id}`, { method: 'DELETE' }); emit('changed'); });
    const saveCase = () => state.run('case', async () => {
      await api(`/institutions/${props.id}/cases`, { method: 'POST', body: { ...kase, year: kase.year || null } });
      Object.assign(kase, { title: '', summary: '', outcome: '' });
      emit('changed');
    });
    const removeCase = (k) => state.run('case', async () => { await api(`/institutions/${props.id}/cases/${k.id}`, { method: 'DELETE' }); emit('changed'); });
    const saveExpert = () => state.run('expert', async () => {
      await api('/institutions/experts', { method: 'POST', body: { ...expert, title: expert.title || null, availabilityNote: expert.availabilityNote || null } });
      Object.assign(expert, { name: '', title: '', profile: '', fields: [] });
      emit('changed');
    });
    const removeExpert = (e) => state.run('expert', async () => { await api(`/institutions/experts/${e.id}`, { method: 'DELETE' }); emit('changed'); });
    return { ...shared, state, product, kase, expert, edit, saveProduct, withdraw, saveCase, removeCase, saveExpert, removeExpert };
  },
  template: `
    <el-alert v-if="state.error" type="error" :title="state.error" show-icon :closable="false" role="alert" />
    <section class="yw-panel">
      <h2>{{ t('institutions.products') }}</h2>
      <p class="yw-hint">{{ t('institutions.approvalHint') }}</p>
      <ul class="yw-list institutions-own-products">
        <li v-for="p in products" :key="p.id">
          <span>{{ (p.current || p.pending).name }} <el-tag v-if="p.pending" size="small" type="warning">{{ t('institutions.pendingApproval') }}</el-tag>
            <el-tag v-if="p.withdrawn" size="small" type="info">{{ t('institutions.withdrawn') }}</el-tag></span>
          <span><el-button size="small" @click="edit(p)">{{ t('institutions.edit') }}</el-button>
            <el-button v-if="!p.withdrawn" size="small" @click="withdraw(p)">{{ t('institutions.withdraw') }}</el-button></span>
        </li>
      </ul>
      <el-form label-position="top" @submit.prevent="saveProduct" class="institutions-product-form">
        <el-form-item :label="t('institutions.productName')" :error="state.fields.name" required><el-input v-model="product.name" class="institutions-product-name" /></el-form-item>
        <el-form-item :label="t('institutions.category')" :error="state.fields.category" required>
          <el-select v-model="product.category" style="width: 100%" class="institutions-product-category" :aria-label="t('institutions.category')"><el-option v-for="c in CATEGORIES" :key="c[0]" :value="c[0]" :label="category(c[0])" /></el-select>
        </el-form-item>
        <el-form-item :label="t('shell.disclosures.content')" :error="state.fields.content" required><el-input v-model="product.content" type="textarea" :rows="2" class="institutions-product-content" /></el-form-item>
        <el-form-item :label="t('institutions.processHint')" :error="state.fields.process" required><el-input v-model="product.process" type="textarea" :rows="3" class="institutions-product-process" /></el-form-item>
        <el-form-item :label="t('shell.disclosures.standard')" :error="state.fields.standard" required><el-input v-model="product.standard" type="textarea" :rows="2" class="institutions-product-standard" /></el-form-item>
        <el-form-item :label="t('shell.disclosures.supervision')" :error="state.fields.supervision"><el-input v-model="product.supervision" /></el-form-item>
        <el-form-item :error="state.fields.fee || state.fields.free">
          <el-checkbox v-model="product.free" class="institutions-product-free">{{ t('institutions.free') }}</el-checkbox>
          <el-input-number v-if="!product.free" v-model="product.fee" :min="0" :precision="2" :aria-label="t('institutions.feeLabel')" class="institutions-product-fee" />
        </el-form-item>
        <el-form-item :label="t('institutions.deliveryDaysLabel')" :error="state.fields.deliveryDays"><el-input-number v-model="product.deliveryDays" :min="1" :max="365" /></el-form-item>
        <el-button type="primary" native-type="submit" :loading="state.busy === 'product'" class="institutions-product-save">{{ product.editing ? t('institutions.saveChange') : t('institutions.addProduct') }}</el-button>
      </el-form>
    </section>
    <section class="yw-panel">
      <h2>{{ t('institutions.cases') }}</h2>
      <ul class="yw-list"><li v-for="k in cases" :key="k.id"><span>{{ k.title }}</span><el-button size="small" @click="removeCase(k)">{{ t('institutions.remove') }}</el-button></li></ul>
      <el-form label-position="top" @submit.prevent="saveCase">
        <el-form-item :label="t('institutions.caseTitle')" :error="state.fields.title" required><el-input v-model="kase.title" /></el-form-item>
        <div class="yw-toolbar">
          <el-input v-model="kase.industry" :placeholder="t('institutions.industry')" :aria-label="t('institutions.industry')" maxlength="5" />
          <el-select v-model="kase.category" :placeholder="t('institutions.category')" :aria-label="t('institutions.category')"><el-option v-for="c in CATEGORIES" :key="c[0]" :value="c[0]" :label="category(c[0])" /></el-select>
          <el-select v-model="kase.enterpriseSize" :aria-label="t('institutions.enterpriseSize')"><el-option v-for="s in SIZES" :key="s" :value="s" :label="t('institutions.size.' + s)" /></el-select>
          <el-input-number v-model="kase.year" :min="1980" :max="2100" :placeholder="t('institutions.year')" :aria-label="t('institutions.year')" />
        </div>
        <span v-for="k in ['industry', 'category', 'enterpriseSize', 'year']" :key="k" class="el-form-item__error" style="position: static">{{ state.fields[k] }} </span>
        <el-form-item :label="t('institutions.summary')" :error="state.fields.summary" required><el-input v-model="kase.summary" type="textarea" :rows="2" /></el-form-item>
        <el-form-item :label="t('institutions.outcome')" :error="state.fields.outcome" required><el-input v-model="kase.outcome" type="textarea" :rows="2" /></el-form-item>
        <el-button native-type="submit" :loading="state.busy === 'case'">{{ t('institutions.addCase') }}</el-button>
      </el-form>
    </section>
    <section class="yw-panel">
      <h2>{{ t('institutions.experts') }}</h2>
      <ul class="yw-list"><li v-for="e in experts" :key="e.id"><span>{{ e.name }} {{ e.title }} <el-tag v-if="!e.active" size="small" type="info">{{ t('institutions.inactive') }}</el-tag></span>
        <el-button v-if="e.active" size="small" @click="removeExpert(e)">{{ t('institutions.remove') }}</el-button></li></ul>
      <el-form label-position="top" @submit.prevent="saveExpert">
        <div class="yw-toolbar">
          <el-input v-model="expert.name" :placeholder="t('institutions.expertName')" :aria-label="t('institutions.expertName')" />
          <el-input v-model="expert.title" :placeholder="t('institutions.expertTitle')" :aria-label="t('institutions.expertTitle')" />
          <el-select v-model="expert.fields" multiple :placeholder="t('institutions.fields')" :aria-label="t('institutions.fields')"><el-option v-for="c in CATEGORIES" :key="c[0]" :value="c[0]" :label="category(c[0])" /></el-select>
          <el-select v-model="expert.availability" :aria-label="t('institutions.availability')"><el-option v-for="a in ['AVAILABLE', 'LIMITED', 'UNAVAILABLE']" :key="a" :value="a" :label="t('institutions.availability.' + a)" /></el-select>
        </div>
        <el-form-item :label="t('institutions.expertProfile')" :error="state.fields.profile || state.fields.name || state.fields.fields" required><el-input v-model="expert.profile" type="textarea" :rows="2" /></el-form-item>
        <el-button native-type="submit" :loading="state.busy === 'expert'">{{ t('institutions.addExpert') }}</el-button>
      </el-form>
    </section>`,
};

/** Portal: the institution account's workbench. */
export const Workbench = {
  components: { ProfileForm, Facts, History, Catalog },
  setup() {
    const mine = computed(() => session.me.kind === 'INSTITUTION');
    const one = useRequest(async () => {
      if (!mine.value) return null;
      const me = await api('/institutions/mine');
      const [page, requests, evaluations] = await Promise.all([api(`/institutions/${me.id}`),
        api(`/institutions/${me.id}/requests?size=100`), api(`/institutions/${me.id}/evaluations`)]);
      return { ...page, requests, evaluations };
    });
    const profile = reactive(emptyProfile());
    const state = useAction();
    const edit = reactive({ open: false });
    const appeal = reactive({ text: '' });
    const outcome = reactive({});
    const startEdit = () => {
      const p = one.data.institution.pendingProfile || one.data.institution.profile;
      Object.assign(profile, JSON.parse(JSON.stringify({ name: p.name, type: p.type, categories: p.categories,
        regionsServed: p.regionsServed, qualifications: p.qualifications, contacts: p.contacts.length ? p.contacts : emptyProfile().contacts,
        description: p.description || '', address: p.address || '', servicePhone: p.servicePhone || '', website: p.website || '' })));
      edit.open = true;
    };
    const id = () => one.data.institution.id;
    const saveProfile = () => state.run('profile', async () => {
      await api(`/institutions/${id()}`, { method: 'PUT', body: profileBody(profile) });
      edit.open = false;
      one.run();
    });
    const sendAppeal = () => state.run('appeal', async () => { await api(`/institutions/${id()}/appeal`, { method: 'POST', body: { text: appeal.text } }); one.run(); });
    const accept = (r) => state.run(`accept-${r.id}`, async () => { await api(`/institutions/${id()}/requests/${r.id}/accept`, { method: 'POST' }); one.run(); });
    const complete = (r) => state.run(`complete-${r.id}`, async () => {
      await api(`/institutions/${id()}/requests/${r.id}/complete`, { method: 'POST', body: { outcome: outcome[r.id] || '' } });
      one.run();
    });
    return { ...shared, mine, one, profile, state, edit, appeal, outcome, startEdit, saveProfile, sendAppeal, accept, complete, loggedIn, tab: reactive({ name: 'requests' }) };
  },
  template: `
    <h1>{{ t('institutions.workbench') }}</h1>
    <section v-if="!mine" class="yw-panel"><p>{{ t('institutions.institutionOnly') }}</p>
      <yw-link v-if="!loggedIn()" to="/login?next=%2Finstitutions%2Fworkbench">{{ t('shell.login') }}</yw-link> · <yw-link to="/institutions/apply">{{ t('institutions.apply') }}</yw-link></section>
    <yw-state v-else :state="one">
      <template v-if="one.data">
        <h2 class="institutions-workbench-name">{{ one.data.institution.profile.name }}</h2>
        <el-alert v-if="state.error" type="error" :title="state.error" show-icon :closable="false" role="alert" />
        <section v-if="one.data.institution.status === 'NOTICE_OF_EXIT'" class="yw-panel institutions-notice">
          <el-alert type="warning" :closable="false" show-icon :title="t('institutions.noticeTitle', { date: formatDateTime(one.data.institution.appealDeadline) })" :description="one.data.institution.statusReason" />
          <el-input v-model="appeal.text" type="textarea" :rows="3" :placeholder="t('institutions.appealText')" :aria-label="t('institutions.appealText')" style="margin: .5rem 0" />
          <el-button type="primary" :loading="state.busy === 'appeal'" @click="sendAppeal" class="institutions-appeal">{{ t('institutions.appeal') }}</el-button>
        </section>
        <el-alert v-if="one.data.institution.status === 'APPEALED'" type="info" :closable="false" show-icon :title="t('institutions.appealPending')" />
        <el-tabs v-model="tab.name">
          <el-tab-pane :label="t('institutions.incoming')" name="requests">
            <el-table :data="one.data.requests.items" :empty-text="t('institutions.none')" class="institutions-incoming">
              <el-table-column prop="productName" :label="t('institutions.product')" min-width="140" />
              <el-table-column prop="uscc" :label="t('institutions.enterprise')" min-width="170" />
              <el-table-column prop="note" :label="t('institutions.requestNote')" min-width="160" />
              <el-table-column :label="t('institutions.status')" width="100"><template #default="{ row }">{{ t('institutions.request.' + row.status) }}</template></el-table-column>
              <el-table-column min-width="230"><template #default="{ row }">
                <el-button v-if="row.status === 'OPEN'" size="small" type="primary" :loading="state.busy === 'accept-' + row.id" @click="accept(row)">{{ t('institutions.accept') }}</el-button>
                <span v-if="row.status === 'IN_PROGRESS'" class="yw-toolbar"><el-input v-model="outcome[row.id]" size="small" :placeholder="t('institutions.outcome')" :aria-label="t('institutions.outcome')" />
                  <el-button size="small" type="primary" :loading="state.busy === 'complete-' + row.id" @click="complete(row)">{{ t('institutions.complete') }}</el-button></span>
                <span v-if="row.status === 'COMPLETED'">{{ row.outcome }}</span>
              </template></el-table-column>
            </el-table>
          </el-tab-pane>
          <el-tab-pane :label="t('institutions.profile')" name="profile">
            <el-alert v-if="one.data.institution.pendingProfile" type="warning" :closable="false" show-icon :title="t('institutions.profilePending')" />
            <template v-if="!edit.open">
              <Facts :institution="one.data.institution" />
              <el-button style="margin-top: .5rem" @click="startEdit" class="institutions-edit-profile">{{ t('institutions.editProfile') }}</el-button>
            </template>
            <el-form v-else label-position="top" @submit.prevent="saveProfile">
              <p class="yw-hint">{{ t('institutions.approvalHint') }}</p>
              <ProfileForm :model="profile" :fields="state.fields" />
              <el-button type="primary" native-type="submit" :loading="state.busy === 'profile'">{{ t('institutions.saveChange') }}</el-button>
              <el-button @click="edit.open = false">{{ t('institutions.cancel') }}</el-button>
            </el-form>
          </el-tab-pane>
          <el-tab-pane :label="t('institutions.catalog')" name="catalog">
            <Catalog :id="one.data.institution.id" :products="one.data.products" :cases="one.data.cases" :experts="one.data.experts" @changed="one.run()" />
          </el-tab-pane>
          <el-tab-pane :label="t('institutions.evaluations')" name="evaluations">
            <el-table :data="one.data.evaluations" :empty-text="t('institutions.none')">
              <el-table-column :label="t('institutions.period')" min-width="180"><template #default="{ row }">{{ row.periodFrom }} – {{ row.periodTo }}</template></el-table-column>
              <el-table-column prop="total" :label="t('institutions.total')" width="90" />
              <el-table-column prop="threshold" :label="t('institutions.threshold')" width="90" />
              <el-table-column :label="t('institutions.passed')" width="90"><template #default="{ row }">{{ row.passed ? '✓' : '✗' }}</template></el-table-column>
            </el-table>
          </el-tab-pane>
          <el-tab-pane :label="t('institutions.historyTitle')" name="history"><History :history="one.data.history" /></el-tab-pane>
        </el-tabs>
      </template>
    </yw-state>`,
};

