// Pages of the policy module (政策直享): the portal's search with highlighted snippets, the policy
// page with its interpretations, "policies for me" with a verdict per criterion, the inbox and
// subscriptions; the console's list, the editor with the criteria builder (read live as a sentence),
// the publishing workflow, versions, history and the matching enterprises.
import { reactive, computed } from 'vue';
import { t, text, api, download, navigate, route, useRequest, usePagedList, session, loggedIn, isStaff, can, formatDate, formatDateTime } from 'yiwang';

// STANDARDS §6: the eight categories of the one-stop platform and four more.
const CATEGORIES = [
  ['information', '信息服务', 'Information'], ['talent-training', '人才培训', 'Talent and training'],
  ['startup-coaching', '创业辅导', 'Start-up coaching'], ['management-consulting', '管理咨询', 'Management consulting'],
  ['technology-support', '技术支持', 'Technology support'], ['financing-guarantee', '融资担保', 'Financing and guarantees'],
  ['market-development', '市场开拓', 'Market development'], ['legal-aid', '法律援助', 'Legal aid'],
  ['policy-consulting', '政策咨询', 'Policy consulting'], ['quality-standards-brand', '质量标准品牌', 'Quality, standards, brand'],
  ['international-cooperation', '国际合作', 'International cooperation'], ['rights-protection', '权益保护', 'Rights protection'],
];
const category = (code) => {
  const c = CATEGORIES.find((x) => x[0] === code);
  return c ? text({ zh: c[1], en: c[2] }) : code;
};
const LEVELS = ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY'];
const STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'EXPIRED', 'WITHDRAWN'];
const SIZES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'];
const TIERS = ['BASE', 'SPECIALISED', 'LITTLE_GIANT'];
const VERDICT_TYPE = { MET: 'success', NOT_MET: 'danger', UNKNOWN: 'warning' };
const STATUS_TYPE = { DRAFT: 'info', IN_REVIEW: 'warning', PUBLISHED: 'success', EXPIRED: 'info', WITHDRAWN: 'danger' };

const shared = { t, text, category, formatDate, formatDateTime, CATEGORIES, LEVELS, STATUSES, SIZES, TIERS, VERDICT_TYPE, STATUS_TYPE };

/** The server's highlight is HTML-escaped text with <em> marks only; anything else is dropped before use. */
const safeHighlight = (s) => (s || '').replace(/<(?!\/?em>)/g, '&lt;');

const isEnterprise = () => session.me.kind === 'ENTERPRISE';

// ------------------------------------------------------------------------------------------- portal

/** Portal: search and list of published policies. */
const Search = {
  setup() {
    const filters = reactive({ q: route.query.q || '', region: route.query.region || '', level: '', category: '' });
    const paged = usePagedList('/policy/policies', () => Object.fromEntries(Object.entries(filters).filter(([, v]) => v)));
    return { ...shared, filters, ...paged, safeHighlight };
  },
  template: `
    <h1>{{ t('policy.search') }}</h1>
    <form class="yw-toolbar policy-search" role="search" @submit.prevent="filter">
      <el-input v-model="filters.q" :placeholder="t('policy.q')" :aria-label="t('policy.q')" class="policy-q" clearable style="max-width: 20rem" />
      <el-input v-model="filters.region" :placeholder="t('policy.regionFilter')" :aria-label="t('policy.regionFilter')" maxlength="6" clearable style="max-width: 12rem" />
      <el-select v-model="filters.level" :placeholder="t('policy.level')" :aria-label="t('policy.level')" clearable style="max-width: 9rem">
        <el-option v-for="l in LEVELS" :key="l" :value="l" :label="t('policy.level.' + l)" />
      </el-select>
      <el-select v-model="filters.category" :placeholder="t('policy.category')" :aria-label="t('policy.category')" clearable style="max-width: 11rem">
        <el-option v-for="c in CATEGORIES" :key="c[0]" :value="c[0]" :label="category(c[0])" />
      </el-select>
      <el-button type="primary" native-type="submit" class="policy-search-submit">{{ t('shell.portal.search') }}</el-button>
    </form>
    <yw-state :state="list">
      <ul v-if="list.data.items.length" class="yw-list policy-results">
        <li v-for="p in list.data.items" :key="p.id" class="policy-result">
          <div>
            <yw-link :to="'/policy/' + p.id" class="policy-result-title">{{ p.title }}</yw-link>
            <p v-if="p.highlight" class="policy-highlight" v-html="safeHighlight(p.highlight)"></p>
            <p class="yw-muted">{{ p.issuingAuthority }} <span v-if="p.documentNumber">· {{ p.documentNumber }}</span>
              · {{ t('policy.level.' + p.level) }} · {{ p.regionName }} · {{ formatDate(p.issuedOn) }}</p>
            <p class="yw-muted">{{ text(p.criteriaText) }}</p>
          </div>
          <span><el-tag v-for="c in p.categories" :key="c" size="small" style="margin-left: .25rem">{{ category(c) }}</el-tag></span>
        </li>
      </ul>
      <el-empty v-else :description="t('policy.none')" :image-size="64" />
      <div class="yw-pager">
        <el-pagination layout="total, prev, pager, next" :total="list.data.total" :page-size="size" :current-page="page" @current-change="turn" />
      </div>
    </yw-state>`,
};

/** Portal: one policy with its interpretations, attachments and versions; consultation and application. */
const Detail = {
  props: ['id'],
  setup(props) {
    const one = useRequest(async () => {
      const [policy, versions] = await Promise.all([api(`/policy/policies/${props.id}`), api(`/policy/policies/${props.id}/versions`)]);
      return { policy, versions };
    });
    const ask = reactive({ open: false, kind: 'consultations', text: '', busy: false, error: '', fields: {}, done: '' });
    const open = (kind) => Object.assign(ask, { open: true, kind, text: '', error: '', fields: {}, done: '' });
    const send = async () => {
      ask.busy = true;
      ask.error = '';
      ask.fields = {};
      try {
        await api(`/policy/policies/${props.id}/${ask.kind}`, { method: 'POST', body: { text: ask.text } });
        ask.open = false;
        ask.done = t(ask.kind === 'consultations' ? 'policy.consulted' : 'policy.applied');
      } catch (e) {
        ask.error = e.message;
        ask.fields = e.fields;
      } finally {
        ask.busy = false;
      }
    };
    const fetchFile = (a) => download(`/policy/policies/${props.id}/attachments/${a.id}`, a.name);
    return { ...shared, one, ask, open, send, fetchFile, isEnterprise, loggedIn };
  },
  template: `
    <p><yw-link to="/policy">← {{ t('policy.search') }}</yw-link></p>
    <yw-state :state="one">
      <template v-if="one.data">
        <article class="yw-panel policy-detail">
          <h1>{{ one.data.policy.title }}</h1>
          <p class="yw-muted">{{ one.data.policy.issuingAuthority }} <span v-if="one.data.policy.documentNumber">· {{ one.data.policy.documentNumber }}</span>
            · {{ t('policy.level.' + one.data.policy.level) }} · {{ one.data.policy.regionName }}</p>
          <el-descriptions :column="1" border>
            <el-descriptions-item :label="t('policy.status')"><el-tag :type="STATUS_TYPE[one.data.policy.status]">{{ t('policy.status.' + one.data.policy.status) }}</el-tag></el-descriptions-item>
            <el-descriptions-item :label="t('policy.issuedOn')">{{ formatDate(one.data.policy.issuedOn) }}</el-descriptions-item>
            <el-descriptions-item :label="t('policy.validity')">{{ formatDate(one.data.policy.effectiveFrom) || '—' }} ~ {{ formatDate(one.data.policy.expiresOn) || t('policy.noExpiry') }}</el-descriptions-item>
            <el-descriptions-item :label="t('policy.criteria')"><span class="policy-criteria-text">{{ text(one.data.policy.criteriaText) }}</span></el-descriptions-item>
            <el-descriptions-item :label="t('policy.category')"><el-tag v-for="c in one.data.policy.categories" :key="c" size="small" style="margin-right: .25rem">{{ category(c) }}</el-tag></el-descriptions-item>
          </el-descriptions>
          <div class="policy-body" style="white-space: pre-wrap; margin-top: 1rem">{{ one.data.policy.body }}</div>
          <p v-if="one.data.policy.attachments.length"><span v-for="a in one.data.policy.attachments" :key="a.id"><el-button link type="primary" @click="fetchFile(a)">📎 {{ a.name }}</el-button></span></p>
        </article>
        <el-alert v-if="ask.done" type="success" :title="ask.done" show-icon :closable="false" />
        <div v-if="loggedIn() && isEnterprise() && one.data.policy.status === 'PUBLISHED'" class="yw-toolbar">
          <el-button @click="open('consultations')" class="policy-consult">{{ t('policy.consult') }}</el-button>
          <el-button type="primary" @click="open('applications')" class="policy-apply">{{ t('policy.apply') }}</el-button>
        </div>
        <section v-for="i in one.data.policy.interpretations" :key="i.id" class="yw-panel policy-interpretation">
          <h2>{{ t('policy.interpretation') }}：{{ i.title }}</h2>
          <p class="yw-muted">{{ i.author }} · {{ formatDate(i.date) }}</p>
          <div style="white-space: pre-wrap">{{ i.text }}</div>
          <el-collapse v-if="i.qa.length" style="margin-top: .5rem">
            <el-collapse-item v-for="(x, k) in i.qa" :key="k" :title="x.q" :name="k"><div style="white-space: pre-wrap">{{ x.a }}</div></el-collapse-item>
          </el-collapse>
        </section>
        <section v-if="one.data.versions.length > 1" class="yw-panel">
          <h2>{{ t('policy.versions') }}</h2>
          <el-timeline><el-timeline-item v-for="v in one.data.versions" :key="v.version" :timestamp="formatDateTime(v.at)">v{{ v.version }} · {{ v.changeNote }}</el-timeline-item></el-timeline>
        </section>
        <el-dialog v-model="ask.open" :title="t(ask.kind === 'consultations' ? 'policy.consult' : 'policy.apply')" width="min(520px, 95vw)">
          <el-alert v-if="ask.error" type="error" :title="ask.error" show-icon :closable="false" role="alert" />
          <el-form label-position="top" @submit.prevent="send">
            <el-form-item :label="t('policy.requestText')" :error="ask.fields.text" required for="policy-request-text">
              <el-input id="policy-request-text" v-model="ask.text" type="textarea" :rows="4" maxlength="2000" show-word-limit />
            </el-form-item>
            <el-button type="primary" native-type="submit" :loading="ask.busy">{{ t('policy.send') }}</el-button>
          </el-form>
        </el-dialog>
      </template>
    </yw-state>`,
};

/** Portal: the enterprise's matching policies, each criterion with its verdict; subscriptions. */
const ForMe = {
  setup() {
    const mine = useRequest(() => (isEnterprise() ? api('/policy/matches') : Promise.resolve(null)));
    const sub = reactive({ categories: [], tags: '', busy: false, saved: false, error: '', fields: {} });
    if (isEnterprise()) {
      api('/policy/subscriptions').then((s) => Object.assign(sub, { categories: s.categories, tags: s.tags.join('，') })).catch(() => {});
    }
    const save = async () => {
      Object.assign(sub, { busy: true, saved: false, error: '', fields: {} });
      try {
        const tags = sub.tags.split(/[,，;；\s]+/).map((x) => x.trim()).filter(Boolean);
        await api('/policy/subscriptions', { method: 'PUT', body: { categories: sub.categories, tags } });
        sub.saved = true;
      } catch (e) {
        sub.error = e.message;
        sub.fields = e.fields;
      } finally {
        sub.busy = false;
      }
    };
    return { ...shared, mine, sub, save, loggedIn, isEnterprise, isStaff };
  },
  template: `
    <h1>{{ t('policy.forMe') }}</h1>
    <section v-if="!loggedIn()" class="yw-panel">
      <p>{{ t('policy.loginFirst') }}</p>
      <yw-link to="/login?next=%2Fpolicy%2Ffor-me">{{ t('shell.login') }}</yw-link> · <yw-link to="/register">{{ t('shell.register') }}</yw-link>
    </section>
    <section v-else-if="!isEnterprise()" class="yw-panel"><p>{{ t('policy.enterprisesOnly') }} <yw-link v-if="isStaff()" to="/console/policy">{{ t('policy.manage') }}</yw-link></p></section>
    <template v-else>
      <yw-state :state="mine">
        <template v-if="mine.data">
          <p class="yw-muted">{{ mine.data.name }} · {{ t('policy.asOf', { date: formatDate(mine.data.date), met: mine.data.met, total: mine.data.total }) }}</p>
          <el-empty v-if="!mine.data.items.length" :description="t('policy.noMatches')" :image-size="64" />
          <section v-for="m in mine.data.items" :key="m.policy.id" class="yw-panel policy-match">
            <h2><yw-link :to="'/policy/' + m.policy.id" class="policy-match-title">{{ m.policy.title }}</yw-link>
              <el-tag :type="VERDICT_TYPE[m.verdict]" style="margin-left: .5rem">{{ t('policy.verdict.' + m.verdict) }}</el-tag></h2>
            <p class="yw-muted">{{ text(m.policy.criteriaText) }}</p>
            <el-table :data="m.criteria" size="small" class="policy-verdicts">
              <el-table-column :label="t('policy.criterion')" width="120"><template #default="{ row }">{{ t('policy.criterion.' + row.criterion) }}</template></el-table-column>
              <el-table-column :label="t('policy.required')"><template #default="{ row }">{{ text(row.required) }}</template></el-table-column>
              <el-table-column :label="t('policy.actual')"><template #default="{ row }">{{ text(row.actual) }}</template></el-table-column>
              <el-table-column :label="t('policy.verdict')" width="110"><template #default="{ row }"><el-tag size="small" :type="VERDICT_TYPE[row.verdict]">{{ t('policy.verdict.' + row.verdict) }}</el-tag></template></el-table-column>
            </el-table>
          </section>
        </template>
      </yw-state>
      <section class="yw-panel policy-subscriptions">
        <h2>{{ t('policy.subscriptions') }}</h2>
        <el-alert v-if="sub.error" type="error" :title="sub.error" show-icon :closable="false" role="alert" />
        <el-form label-position="top" @submit.prevent="save">
          <el-form-item :label="t('policy.category')" :error="sub.fields.categories">
            <el-checkbox-group v-model="sub.categories"><el-checkbox v-for="c in CATEGORIES" :key="c[0]" :value="c[0]">{{ category(c[0]) }}</el-checkbox></el-checkbox-group>
          </el-form-item>
          <el-form-item :label="t('policy.tags')" for="policy-sub-tags"><el-input id="policy-sub-tags" v-model="sub.tags" :placeholder="t('policy.tagsHint')" /></el-form-item>
          <el-button type="primary" native-type="submit" :loading="sub.busy">{{ t('policy.save') }}</el-button><span v-if="sub.saved" class="yw-muted"> ✓</span>
        </el-form>
      </section>
    </template>`,
};

/** Portal: the enterprise's messages. */
const Inbox = {
  setup() {
    const paged = usePagedList('/policy/inbox', () => ({}));
    const read = async (m) => {
      if (!m.readAt) {
        await api(`/policy/inbox/${m.id}/read`, { method: 'POST' }).catch(() => {});
      }
      navigate(`/policy/${m.policyId}`);
    };
    return { ...shared, ...paged, read, loggedIn, isEnterprise };
  },
  template: `
    <h1>{{ t('policy.inbox') }}</h1>
    <section v-if="!loggedIn() || !isEnterprise()" class="yw-panel"><p>{{ t('policy.enterprisesOnly') }}</p></section>
    <yw-state v-else :state="list">
      <p class="yw-muted policy-unread">{{ t('policy.unread', { n: list.data.unread || 0 }) }}</p>
      <ul v-if="list.data.items.length" class="yw-list policy-inbox">
        <li v-for="m in list.data.items" :key="m.id" :class="{ 'policy-unread-item': !m.readAt }">
          <div><a href="#" @click.prevent="read(m)" class="policy-inbox-title"><strong v-if="!m.readAt">● </strong>{{ m.title }}</a>
            <p class="yw-muted">{{ t('policy.reason.' + m.reason) }} · {{ m.summary }}</p></div>
          <span class="yw-muted">{{ formatDateTime(m.createdAt) }}</span>
        </li>
      </ul>
      <el-empty v-else :description="t('policy.noMessages')" :image-size="64" />
      <div class="yw-pager"><el-pagination layout="total, prev, pager, next" :total="list.data.total" :page-size="size" :current-page="page" @current-change="turn" /></div>
    </yw-state>`,
};

// ------------------------------------------------------------------------------------------ console

/** Console: the region's policies in every state. */
const Manage = {
  setup() {
    const filters = reactive({ status: '', q: '' });
    const paged = usePagedList('/policy/manage', () => Object.fromEntries(Object.entries(filters).filter(([, v]) => v)));
    const importer = reactive({ open: false, kind: 'csv', busy: false, error: null, done: '' });
    const runImport = async (file) => {
      Object.assign(importer, { busy: true, error: null, done: '' });
      try {
        const body = await file.text();
        const r = await api(`/policy/imports/${importer.kind}`, { method: 'POST', body: importer.kind === 'json' ? JSON.parse(body) : body,
          headers: importer.kind === 'csv' ? { 'Content-Type': 'text/csv' } : {} });
        importer.done = t('policy.imported', { n: r.imported });
        paged.filter();
      } catch (e) {
        importer.error = e;
      } finally {
        importer.busy = false;
      }
    };
    const pick = (ev) => ev.target.files[0] && runImport(ev.target.files[0]);
    return { ...shared, filters, ...paged, can, importer, pick };
  },
  template: `
    <h1>{{ t('policy.manage') }}</h1>
    <form class="yw-toolbar" @submit.prevent="filter">
      <el-select v-model="filters.status" :placeholder="t('policy.status')" :aria-label="t('policy.status')" clearable style="max-width: 10rem">
        <el-option v-for="s in STATUSES" :key="s" :value="s" :label="t('policy.status.' + s)" />
      </el-select>
      <el-input v-model="filters.q" :placeholder="t('policy.titleOrNumber')" :aria-label="t('policy.titleOrNumber')" clearable style="max-width: 16rem" />
      <el-button type="primary" native-type="submit">{{ t('shell.portal.search') }}</el-button>
      <span style="flex: 1"></span>
      <el-button v-if="can('policy.edit')" @click="importer.open = true">{{ t('policy.import') }}</el-button>
      <yw-link v-if="can('policy.edit')" to="/console/policy/new" class="el-button el-button--primary policy-new">{{ t('policy.new') }}</yw-link>
    </form>
    <yw-state :state="list">
      <el-table :data="list.data.items" class="policy-manage" :empty-text="t('policy.none')">
        <el-table-column prop="id" label="#" width="70" />
        <el-table-column :label="t('policy.title')" min-width="220"><template #default="{ row }"><yw-link :to="'/console/policy/' + row.id">{{ row.title }}</yw-link></template></el-table-column>
        <el-table-column :label="t('policy.level')" width="90"><template #default="{ row }">{{ t('policy.level.' + row.level) }}</template></el-table-column>
        <el-table-column prop="regionName" :label="t('policy.region')" width="120" />
        <el-table-column :label="t('policy.status')" width="100"><template #default="{ row }"><el-tag size="small" :type="STATUS_TYPE[row.status]">{{ t('policy.status.' + row.status) }}</el-tag></template></el-table-column>
        <el-table-column prop="version" label="v" width="50" />
        <el-table-column :label="t('policy.updated')" width="170"><template #default="{ row }">{{ formatDateTime(row.updatedAt) }}</template></el-table-column>
      </el-table>
      <div class="yw-pager"><el-pagination layout="total, prev, pager, next" :total="list.data.total" :page-size="size" :current-page="page" @current-change="turn" /></div>
    </yw-state>
    <el-dialog v-model="importer.open" :title="t('policy.import')" width="min(560px, 95vw)">
      <p class="yw-hint">{{ t('policy.importHint') }}</p>
      <el-radio-group v-model="importer.kind"><el-radio value="csv">CSV</el-radio><el-radio value="json">JSON (yiwang.exchange/1)</el-radio></el-radio-group>
      <p><input type="file" :accept="importer.kind === 'csv' ? '.csv,text/csv' : '.json,application/json'" @change="pick" :aria-label="t('policy.import')" /></p>
      <el-alert v-if="importer.done" type="success" :title="importer.done" show-icon :closable="false" />
      <el-alert v-if="importer.error" type="error" :title="importer.error.message" show-icon :closable="false" role="alert">
        <ul><li v-for="(m, f) in importer.error.fields" :key="f">{{ f }}: {{ m }}</li></ul>
      </el-alert>
    </el-dialog>`,
};

const emptyCriteria = () => ({ regions: [], industries: [], sizes: [], tiers: [], minYears: null, maxYears: null, minEmployees: null,
  maxEmployees: null, minRevenue: null, maxRevenue: null, minRdRatio: null, maxRdRatio: null, minRdExpense: null, maxRdExpense: null });

/** The criteria as a sentence, while they are edited (the server's own rendering is shown after saving). */
function renderCriteria(c, region, zh) {
  const range = (lo, hi, nameZh, nameEn, unitZh, unitEn) => {
    if (lo == null && hi == null) return null;
    const name = zh ? nameZh : nameEn;
    const unit = zh ? unitZh : unitEn;
    if (hi == null) return `${name} ≥ ${lo}${unit}`;
    if (lo == null) return `${name} ≤ ${hi}${unit}`;
    return `${name} ${lo}–${hi}${unit}`;
  };
  const where = c.regions.length ? c.regions.join(zh ? '、' : ', ') : (region || (zh ? '全国' : 'anywhere'));
  const sizes = c.sizes.map((s) => t('policy.size.' + s)).join(zh ? '、' : ' and ');
  const tiers = c.tiers.map((s) => t('policy.tier.' + s)).join(zh ? '或' : ' or ');
  const conds = [
    c.minYears != null || c.maxYears != null ? range(c.minYears, c.maxYears, '成立年限', 'years since establishment', ' 年', ' years') : null,
    range(c.minEmployees, c.maxEmployees, '从业人员', 'employees', ' 人', ''),
    range(c.minRevenue, c.maxRevenue, '营业收入', 'operating revenue', ' 万元', ' 万元'),
    range(c.minRdRatio, c.maxRdRatio, '研发费用占营业收入比例', 'R&D', '%', ' % of revenue'),
    range(c.minRdExpense, c.maxRdExpense, '研发费用', 'R&D expense', ' 万元', ' 万元'),
  ].filter(Boolean);
  if (zh) return `${where}的${c.industries.join('、')}${tiers}${sizes}企业${conds.length ? '，' + conds.join('，') : ''}`;
  const ind = c.industries.length ? ` in ${c.industries.join(', ')}` : '';
  return `${sizes ? sizes + ' ' : ''}${tiers ? tiers + ' ' : ''}enterprises${ind} in ${where}${conds.length ? ', with ' + conds.join(' and ') : ''}`;
}

const num = (v) => (v === '' || v == null ? null : Number(v));

/** Console: create or edit a policy, criteria builder, workflow, interpretations, versions, history, matches. */
const Editor = {
  props: ['id'],
  setup(props) {
    const isNew = !props.id || props.id === 'new';
    const form = reactive({ title: '', issuingAuthority: '', documentNumber: '', level: 'MUNICIPAL', regionCode: session.me.regionCode || '',
      issuedOn: new Date().toISOString().slice(0, 10), effectiveFrom: '', expiresOn: '', body: '', categories: [], tags: '', criteria: emptyCriteria(), changeNote: '' });
    const lists = reactive({ regions: '', industries: '' });
    const state = reactive({ busy: '', error: null, fields: {}, saved: false });
    const one = useRequest(async () => {
      if (isNew) return null;
      const [policy, history, versions] = await Promise.all([api(`/policy/policies/${props.id}`),
        api(`/policy/policies/${props.id}/history`), api(`/policy/policies/${props.id}/versions`)]);
      Object.assign(form, { ...policy, tags: policy.tags.join('，'), effectiveFrom: policy.effectiveFrom || '', expiresOn: policy.expiresOn || '',
        documentNumber: policy.documentNumber || '', criteria: { ...emptyCriteria(), ...policy.criteria }, changeNote: '' });
      lists.regions = policy.criteria.regions.join(' ');
      lists.industries = policy.criteria.industries.join(' ');
      return { policy, history, versions };
    });
    const split = (s) => s.split(/[,，;；\s]+/).map((x) => x.trim()).filter(Boolean);
    const criteria = computed(() => ({ ...form.criteria, regions: split(lists.regions), industries: split(lists.industries),
      minYears: num(form.criteria.minYears), maxYears: num(form.criteria.maxYears), minEmployees: num(form.criteria.minEmployees),
      maxEmployees: num(form.criteria.maxEmployees), minRevenue: num(form.criteria.minRevenue), maxRevenue: num(form.criteria.maxRevenue),
      minRdRatio: num(form.criteria.minRdRatio), maxRdRatio: num(form.criteria.maxRdRatio), minRdExpense: num(form.criteria.minRdExpense),
      maxRdExpense: num(form.criteria.maxRdExpense) }));
    const readable = computed(() => ({ zh: renderCriteria(criteria.value, form.level === 'NATIONAL' ? '' : form.regionCode, true),
      en: renderCriteria(criteria.value, form.level === 'NATIONAL' ? '' : form.regionCode, false) }));
    const status = computed(() => (one.data ? one.data.policy.status : 'DRAFT'));
    const run = async (name, fn) => {
      Object.assign(state, { busy: name, error: null, fields: {}, saved: false });
      try {
        await fn();
        state.saved = true;
      } catch (e) {
        state.error = e;
        state.fields = e.fields || {};
      } finally {
        state.busy = '';
      }
    };
    const body = () => ({ title: form.title, issuingAuthority: form.issuingAuthority, documentNumber: form.documentNumber || null,
      level: form.level, regionCode: form.level === 'NATIONAL' ? null : form.regionCode, issuedOn: form.issuedOn,
      effectiveFrom: form.effectiveFrom || null, expiresOn: form.expiresOn || null, body: form.body, categories: form.categories,
      tags: split(form.tags), criteria: criteria.value, changeNote: form.changeNote || null });
    const save = () => run('save', async () => {
      if (isNew) {
        const created = await api('/policy/policies', { method: 'POST', body: body() });
        navigate(`/console/policy/${created.id}`);
      } else {
        await api(`/policy/policies/${props.id}`, { method: 'PUT', body: body() });
        one.run();
      }
    });
    const act = (action) => run(action, async () => {
      await api(`/policy/policies/${props.id}/${action}`, { method: 'POST', body: { note: form.changeNote || null } });
      one.run();
      matches.run();
    });
    const matches = useRequest(() => (isNew || !can('policy.match') ? Promise.resolve({ items: [], total: 0, unknown: 0 })
      : api(`/policy/policies/${props.id}/matches?size=20`)), { initial: { items: [], total: 0, unknown: 0 } });
    const interp = reactive({ title: '', text: '', author: '', qa: [{ q: '', a: '' }] });
    const addInterpretation = () => run('interpret', async () => {
      await api(`/policy/policies/${props.id}/interpretations`, { method: 'POST',
        body: { title: interp.title, text: interp.text, author: interp.author, qa: interp.qa.filter((x) => x.q || x.a) } });
      Object.assign(interp, { title: '', text: '', author: '', qa: [{ q: '', a: '' }] });
      one.run();
    });
    const f = (name) => state.fields[name] || state.fields['criteria.' + name];
    return { ...shared, isNew, form, lists, state, one, readable, status, save, act, matches, interp, addInterpretation, can, f };
  },
  template: `
    <p><yw-link to="/console/policy">← {{ t('policy.manage') }}</yw-link></p>
    <h1>{{ isNew ? t('policy.new') : form.title }}
      <el-tag v-if="!isNew" :type="STATUS_TYPE[status]" class="policy-status">{{ t('policy.status.' + status) }}</el-tag></h1>
    <el-alert v-if="state.error" type="error" :title="state.error.message" show-icon :closable="false" role="alert" class="policy-error" />
    <el-alert v-if="state.saved" type="success" :title="t('policy.saved')" show-icon :closable="false" />
    <yw-state :state="one">
      <div v-if="!isNew" class="yw-toolbar policy-workflow">
        <el-button v-if="status === 'DRAFT' && can('policy.edit')" :loading="state.busy === 'submit'" @click="act('submit')" class="policy-submit">{{ t('policy.action.submit') }}</el-button>
        <el-button v-if="status === 'IN_REVIEW' && can('policy.review')" :loading="state.busy === 'return'" @click="act('return')" class="policy-return">{{ t('policy.action.return') }}</el-button>
        <el-button v-if="status === 'IN_REVIEW' && can('policy.publish')" type="success" :loading="state.busy === 'publish'" @click="act('publish')" class="policy-publish">{{ t('policy.action.publish') }}</el-button>
        <el-button v-if="['PUBLISHED','IN_REVIEW'].includes(status) && can('policy.publish')" type="danger" plain :loading="state.busy === 'withdraw'" @click="act('withdraw')" class="policy-withdraw">{{ t('policy.action.withdraw') }}</el-button>
        <yw-link v-if="status === 'PUBLISHED'" :to="'/policy/' + id">{{ t('policy.onPortal') }}</yw-link>
      </div>
      <el-form label-position="top" class="yw-panel policy-form" @submit.prevent="save" :disabled="!['DRAFT','PUBLISHED'].includes(status) || !can('policy.edit')">
        <el-form-item :label="t('policy.title')" :error="f('title')" required for="policy-title"><el-input id="policy-title" v-model="form.title" maxlength="200" /></el-form-item>
        <div class="yw-toolbar">
          <el-form-item :label="t('policy.issuingAuthority')" :error="f('issuingAuthority')" required for="policy-authority"><el-input id="policy-authority" v-model="form.issuingAuthority" /></el-form-item>
          <el-form-item :label="t('policy.documentNumber')" :error="f('documentNumber')" for="policy-number"><el-input id="policy-number" v-model="form.documentNumber" /></el-form-item>
        </div>
        <div class="yw-toolbar">
          <el-form-item :label="t('policy.level')" :error="f('level')" required>
            <el-select v-model="form.level" :aria-label="t('policy.level')" class="policy-level"><el-option v-for="l in LEVELS" :key="l" :value="l" :label="t('policy.level.' + l)" /></el-select>
          </el-form-item>
          <el-form-item v-if="form.level !== 'NATIONAL'" :label="t('policy.regionCode')" :error="f('regionCode')" required for="policy-region"><el-input id="policy-region" v-model="form.regionCode" maxlength="6" /></el-form-item>
          <el-form-item :label="t('policy.issuedOn')" :error="f('issuedOn')" required for="policy-issued"><el-input id="policy-issued" v-model="form.issuedOn" placeholder="YYYY-MM-DD" /></el-form-item>
          <el-form-item :label="t('policy.effectiveFrom')" :error="f('effectiveFrom')" for="policy-from"><el-input id="policy-from" v-model="form.effectiveFrom" placeholder="YYYY-MM-DD" /></el-form-item>
          <el-form-item :label="t('policy.expiresOn')" :error="f('expiresOn')" for="policy-expires"><el-input id="policy-expires" v-model="form.expiresOn" placeholder="YYYY-MM-DD" /></el-form-item>
        </div>
        <el-form-item :label="t('policy.category')" :error="f('categories')" required>
          <el-checkbox-group v-model="form.categories" class="policy-categories"><el-checkbox v-for="c in CATEGORIES" :key="c[0]" :value="c[0]">{{ category(c[0]) }}</el-checkbox></el-checkbox-group>
        </el-form-item>
        <el-form-item :label="t('policy.tags')" :error="f('tags')" for="policy-tags"><el-input id="policy-tags" v-model="form.tags" :placeholder="t('policy.tagsHint')" /></el-form-item>
        <el-form-item :label="t('policy.body')" :error="f('body')" required for="policy-body"><el-input id="policy-body" v-model="form.body" type="textarea" :rows="8" /></el-form-item>
        <fieldset class="policy-criteria">
          <legend>{{ t('policy.criteria') }}</legend>
          <div class="yw-toolbar">
            <el-form-item :label="t('policy.criteria.regions')" :error="f('regions') || f('regions[0]')" for="policy-c-regions"><el-input id="policy-c-regions" v-model="lists.regions" :placeholder="t('policy.criteria.regionsHint')" /></el-form-item>
            <el-form-item :label="t('policy.criteria.industries')" :error="f('industries[0]')" for="policy-c-industries"><el-input id="policy-c-industries" v-model="lists.industries" :placeholder="t('policy.criteria.industriesHint')" /></el-form-item>
          </div>
          <el-form-item :label="t('policy.criteria.sizes')"><el-checkbox-group v-model="form.criteria.sizes"><el-checkbox v-for="s in SIZES" :key="s" :value="s">{{ t('policy.size.' + s) }}</el-checkbox></el-checkbox-group></el-form-item>
          <el-form-item :label="t('policy.criteria.tiers')"><el-checkbox-group v-model="form.criteria.tiers"><el-checkbox v-for="s in TIERS" :key="s" :value="s">{{ t('policy.tier.' + s) }}</el-checkbox></el-checkbox-group></el-form-item>
          <div class="yw-toolbar">
            <el-form-item v-for="k in ['minYears','maxYears','minEmployees','maxEmployees','minRevenue','maxRevenue','minRdRatio','maxRdRatio','minRdExpense','maxRdExpense']" :key="k"
                          :label="t('policy.criteria.' + k)" :error="f(k)" :for="'policy-c-' + k">
              <el-input :id="'policy-c-' + k" v-model="form.criteria[k]" style="width: 9rem" />
            </el-form-item>
          </div>
          <p class="policy-readable" aria-live="polite"><strong>{{ t('policy.readable') }}</strong> {{ text(readable) }}</p>
          <p v-if="one.data" class="yw-muted">{{ t('policy.saved') }}: {{ text(one.data.policy.criteriaText) }}</p>
        </fieldset>
        <el-form-item v-if="status === 'PUBLISHED'" :label="t('policy.changeNote')" :error="f('changeNote')" required for="policy-note"><el-input id="policy-note" v-model="form.changeNote" /></el-form-item>
        <el-button type="primary" native-type="submit" :loading="state.busy === 'save'" class="policy-save">{{ status === 'PUBLISHED' ? t('policy.saveVersion') : t('policy.save') }}</el-button>
      </el-form>
      <template v-if="one.data">
        <section class="yw-panel policy-matches">
          <h2>{{ t('policy.matchingEnterprises') }}</h2>
          <yw-state :state="matches">
            <p class="yw-muted">{{ t('policy.matchCount', { n: matches.data.total, unknown: matches.data.unknown }) }}</p>
            <el-table :data="matches.data.items" size="small" :empty-text="t('policy.noMatches')">
              <el-table-column prop="uscc" :label="t('policy.uscc')" width="190" />
              <el-table-column prop="name" :label="t('policy.enterprise')" />
              <el-table-column prop="regionCode" :label="t('policy.region')" width="90" />
              <el-table-column prop="industryCode" :label="t('policy.industry')" width="90" />
              <el-table-column :label="t('policy.criteria.sizes')" width="80"><template #default="{ row }">{{ row.sizeClass ? t('policy.size.' + row.sizeClass) : '' }}</template></el-table-column>
            </el-table>
          </yw-state>
        </section>
        <section class="yw-panel">
          <h2>{{ t('policy.interpretations') }}</h2>
          <div v-for="i in one.data.policy.interpretations" :key="i.id"><strong>{{ i.title }}</strong> <span class="yw-muted">{{ i.author }} · {{ formatDate(i.date) }} · {{ i.qa.length }} Q&A</span></div>
          <el-form v-if="can('policy.edit') && ['DRAFT','IN_REVIEW','PUBLISHED'].includes(status)" label-position="top" @submit.prevent="addInterpretation" style="margin-top: .5rem">
            <div class="yw-toolbar">
              <el-form-item :label="t('policy.title')" :error="f('title')"><el-input v-model="interp.title" /></el-form-item>
              <el-form-item :label="t('policy.author')" :error="f('author')"><el-input v-model="interp.author" /></el-form-item>
            </div>
            <el-form-item :label="t('policy.interpretation')" :error="f('text')"><el-input v-model="interp.text" type="textarea" :rows="3" /></el-form-item>
            <div v-for="(x, k) in interp.qa" :key="k" class="yw-toolbar">
              <el-input v-model="x.q" :placeholder="t('policy.question')" :aria-label="t('policy.question')" />
              <el-input v-model="x.a" :placeholder="t('policy.answer')" :aria-label="t('policy.answer')" />
            </div>
            <el-button @click="interp.qa.push({ q: '', a: '' })">+ Q&A</el-button>
            <el-button type="primary" native-type="submit" :loading="state.busy === 'interpret'">{{ t('policy.addInterpretation') }}</el-button>
          </el-form>
        </section>
        <section class="yw-panel">
          <h2>{{ t('policy.versions') }}</h2>
          <el-timeline><el-timeline-item v-for="v in one.data.versions" :key="v.version" :timestamp="formatDateTime(v.at)">v{{ v.version }} · {{ v.changeNote }} · {{ v.by }}</el-timeline-item></el-timeline>
          <h2>{{ t('policy.history') }}</h2>
          <el-timeline class="policy-history"><el-timeline-item v-for="h in one.data.history" :key="h.id" :timestamp="formatDateTime(h.at)">
            {{ t('policy.history.' + h.action) }} <span v-if="h.to">→ {{ t('policy.status.' + h.to) }}</span> · v{{ h.version }} · {{ h.by }}<span v-if="h.note" class="yw-muted"> · {{ h.note }}</span>
          </el-timeline-item></el-timeline>
        </section>
      </template>
    </yw-state>`,
};

const zh = {
  'policy.search': '政策检索', 'policy.q': '关键词，如 专精特新、融资', 'policy.regionFilter': '适用地区（区划代码）', 'policy.level': '层级',
  'policy.category': '服务类别', 'policy.none': '暂无政策', 'policy.status': '状态', 'policy.issuedOn': '发布日期', 'policy.validity': '有效期',
  'policy.noExpiry': '长期有效', 'policy.criteria': '适用条件', 'policy.consult': '政策咨询', 'policy.apply': '申报', 'policy.consulted': '咨询已提交，工作人员将尽快答复',
  'policy.applied': '申报已提交', 'policy.requestText': '内容', 'policy.send': '提交', 'policy.interpretation': '政策解读', 'policy.interpretations': '政策解读',
  'policy.versions': '修订记录', 'policy.forMe': '政策直享', 'policy.loginFirst': '请以企业账号登录，查看与本企业匹配的政策。',
  'policy.enterprisesOnly': '此页面面向企业账号。', 'policy.manage': '政策管理', 'policy.asOf': '截至 {date}：完全符合 {met} 项，共 {total} 项（含待补充信息）',
  'policy.noMatches': '暂无匹配的政策', 'policy.criterion': '条件', 'policy.required': '要求', 'policy.actual': '本企业', 'policy.verdict': '结论',
  'policy.subscriptions': '订阅', 'policy.tags': '标签', 'policy.tagsHint': '多个标签用逗号分隔', 'policy.save': '保存', 'policy.inbox': '消息',
  'policy.unread': '未读 {n} 条', 'policy.noMessages': '暂无消息', 'policy.titleOrNumber': '标题或文号', 'policy.import': '导入',
  'policy.new': '新建政策', 'policy.title': '标题', 'policy.region': '地区', 'policy.updated': '更新时间', 'policy.imported': '已导入 {n} 条草稿',
  'policy.importHint': 'CSV 表头：title,issuingAuthority,documentNumber,level,regionCode,issuedOn,effectiveFrom,expiresOn,body,categories,tags 及可选的条件列；任何一行有错则全部不导入。',
  'policy.saved': '已保存', 'policy.onPortal': '在门户查看', 'policy.issuingAuthority': '发布机关', 'policy.documentNumber': '发文字号',
  'policy.regionCode': '区划代码', 'policy.effectiveFrom': '生效日期', 'policy.expiresOn': '失效日期', 'policy.body': '政策全文',
  'policy.readable': '条件预览：', 'policy.changeNote': '修订说明（已发布政策的修改将生成新版本）', 'policy.saveVersion': '保存为新版本',
  'policy.matchingEnterprises': '匹配企业', 'policy.matchCount': '辖区内完全符合 {n} 家；另有 {unknown} 家因缺少数据无法判断',
  'policy.uscc': '统一社会信用代码', 'policy.enterprise': '企业', 'policy.industry': '行业', 'policy.author': '解读人', 'policy.question': '问题',
  'policy.answer': '答复', 'policy.addInterpretation': '添加解读', 'policy.history': '办理过程',
  'policy.criteria.regions': '适用地区（空：发布地区）', 'policy.criteria.regionsHint': '区划代码，空格分隔', 'policy.criteria.industries': '行业（GB/T 4754）',
  'policy.criteria.industriesHint': '如 C 或 C33 或 I65', 'policy.criteria.sizes': '规模', 'policy.criteria.tiers': '梯度称号（含更高等级）',
  'policy.criteria.minYears': '成立年限 ≥', 'policy.criteria.maxYears': '成立年限 ≤', 'policy.criteria.minEmployees': '从业人员 ≥',
  'policy.criteria.maxEmployees': '从业人员 ≤', 'policy.criteria.minRevenue': '营业收入（万元）≥', 'policy.criteria.maxRevenue': '营业收入（万元）≤',
  'policy.criteria.minRdRatio': '研发占比（%）≥', 'policy.criteria.maxRdRatio': '研发占比（%）≤', 'policy.criteria.minRdExpense': '研发费用（万元）≥',
  'policy.criteria.maxRdExpense': '研发费用（万元）≤',
  'policy.level.NATIONAL': '国家级', 'policy.level.PROVINCIAL': '省级', 'policy.level.MUNICIPAL': '市级', 'policy.level.COUNTY': '县级',
  'policy.status.DRAFT': '草稿', 'policy.status.IN_REVIEW': '审核中', 'policy.status.PUBLISHED': '已发布', 'policy.status.EXPIRED': '已失效', 'policy.status.WITHDRAWN': '已撤回',
  'policy.size.LARGE': '大型', 'policy.size.MEDIUM': '中型', 'policy.size.SMALL': '小型', 'policy.size.MICRO': '微型',
  'policy.tier.BASE': '创新型', 'policy.tier.SPECIALISED': '专精特新', 'policy.tier.LITTLE_GIANT': '小巨人',
  'policy.verdict.MET': '符合', 'policy.verdict.NOT_MET': '不符合', 'policy.verdict.UNKNOWN': '待补充信息',
  'policy.criterion.REGION': '地区', 'policy.criterion.INDUSTRY': '行业', 'policy.criterion.SIZE': '规模', 'policy.criterion.TIER': '梯度称号',
  'policy.criterion.YEARS': '成立年限', 'policy.criterion.EMPLOYEES': '从业人员', 'policy.criterion.REVENUE': '营业收入', 'policy.criterion.RD_RATIO': '研发占比',
  'policy.criterion.RD_EXPENSE': '研发费用', 'policy.reason.MATCH': '您符合该政策的全部条件', 'policy.reason.SUBSCRIPTION': '您订阅的类别或标签有新政策',
  'policy.action.submit': '提交审核', 'policy.action.return': '退回修改', 'policy.action.publish': '发布', 'policy.action.withdraw': '撤回',
  'policy.history.CREATE': '创建', 'policy.history.IMPORT': '导入', 'policy.history.EDIT': '修改', 'policy.history.SUBMIT': '提交审核', 'policy.history.RETURN': '退回',
  'policy.history.PUBLISH': '发布', 'policy.history.WITHDRAW': '撤回', 'policy.history.EXPIRE': '到期失效',
};

const en = {
  'policy.search': 'Policy search', 'policy.q': 'Words, e.g. 专精特新, 融资', 'policy.regionFilter': 'Applies to region (code)', 'policy.level': 'Level',
  'policy.category': 'Category', 'policy.none': 'No policies', 'policy.status': 'Status', 'policy.issuedOn': 'Issued on', 'policy.validity': 'In force',
  'policy.noExpiry': 'no expiry', 'policy.criteria': 'Eligibility', 'policy.consult': 'Ask about it', 'policy.apply': 'Apply', 'policy.consulted': 'Question sent; staff will answer',
  'policy.applied': 'Application sent', 'policy.requestText': 'Text', 'policy.send': 'Send', 'policy.interpretation': 'Interpretation', 'policy.interpretations': 'Interpretations',
  'policy.versions': 'Versions', 'policy.forMe': 'Policies for me', 'policy.loginFirst': 'Log in with an enterprise account to see the policies that fit your enterprise.',
  'policy.enterprisesOnly': 'This page is for enterprise accounts.', 'policy.manage': 'Policies', 'policy.asOf': 'As of {date}: {met} fully met, {total} in all (incl. data to complete)',
  'policy.noMatches': 'No matching policies', 'policy.criterion': 'Criterion', 'policy.required': 'Required', 'policy.actual': 'Your enterprise', 'policy.verdict': 'Verdict',
  'policy.subscriptions': 'Subscriptions', 'policy.tags': 'Tags', 'policy.tagsHint': 'Separate tags with commas', 'policy.save': 'Save', 'policy.inbox': 'Messages',
  'policy.unread': '{n} unread', 'policy.noMessages': 'No messages', 'policy.titleOrNumber': 'Title or document number', 'policy.import': 'Import',
  'policy.new': 'New policy', 'policy.title': 'Title', 'policy.region': 'Region', 'policy.updated': 'Updated', 'policy.imported': '{n} drafts imported',
  'policy.importHint': 'CSV header: title,issuingAuthority,documentNumber,level,regionCode,issuedOn,effectiveFrom,expiresOn,body,categories,tags and optional criteria columns; any row with an error imports nothing.',
  'policy.saved': 'Saved', 'policy.onPortal': 'View on the portal', 'policy.issuingAuthority': 'Issuing authority', 'policy.documentNumber': 'Document number',
  'policy.regionCode': 'Region code', 'policy.effectiveFrom': 'Effective from', 'policy.expiresOn': 'Expires on', 'policy.body': 'Full text',
  'policy.readable': 'Reads as:', 'policy.changeNote': 'Change note (editing a published policy makes a new version)', 'policy.saveVersion': 'Save as a new version',
  'policy.matchingEnterprises': 'Matching enterprises', 'policy.matchCount': '{n} in your region meet every criterion; {unknown} more lack data to decide',
  'policy.uscc': 'Credit code', 'policy.enterprise': 'Enterprise', 'policy.industry': 'Industry', 'policy.author': 'Author', 'policy.question': 'Question',
  'policy.answer': 'Answer', 'policy.addInterpretation': 'Add interpretation', 'policy.history': 'History',
  'policy.criteria.regions': 'Regions (empty: the policy’s)', 'policy.criteria.regionsHint': 'region codes, space-separated', 'policy.criteria.industries': 'Industries (GB/T 4754)',
  'policy.criteria.industriesHint': 'e.g. C or C33 or I65', 'policy.criteria.sizes': 'Size', 'policy.criteria.tiers': 'Tier (or higher)',
  'policy.criteria.minYears': 'Years ≥', 'policy.criteria.maxYears': 'Years ≤', 'policy.criteria.minEmployees': 'Employees ≥',
  'policy.criteria.maxEmployees': 'Employees ≤', 'policy.criteria.minRevenue': 'Revenue (万元) ≥', 'policy.criteria.maxRevenue': 'Revenue (万元) ≤',
  'policy.criteria.minRdRatio': 'R&D % ≥', 'policy.criteria.maxRdRatio': 'R&D % ≤', 'policy.criteria.minRdExpense': 'R&D (万元) ≥',
  'policy.criteria.maxRdExpense': 'R&D (万元) ≤',
  'policy.level.NATIONAL': 'National', 'policy.level.PROVINCIAL': 'Provincial', 'policy.level.MUNICIPAL': 'Municipal', 'policy.level.COUNTY': 'County',
  'policy.status.DRAFT': 'Draft', 'policy.status.IN_REVIEW': 'In review', 'policy.status.PUBLISHED': 'Published', 'policy.status.EXPIRED': 'Expired', 'policy.status.WITHDRAWN': 'Withdrawn',
  'policy.size.LARGE': 'large', 'policy.size.MEDIUM': 'medium', 'policy.size.SMALL': 'small', 'policy.size.MICRO': 'micro',
  'policy.tier.BASE': 'innovative', 'policy.tier.SPECIALISED': 'specialised', 'policy.tier.LITTLE_GIANT': 'little giant',
  'policy.verdict.MET': 'Met', 'policy.verdict.NOT_MET': 'Not met', 'policy.verdict.UNKNOWN': 'Data missing',
  'policy.criterion.REGION': 'Region', 'policy.criterion.INDUSTRY': 'Industry', 'policy.criterion.SIZE': 'Size', 'policy.criterion.TIER': 'Tier',
  'policy.criterion.YEARS': 'Years', 'policy.criterion.EMPLOYEES': 'Employees', 'policy.criterion.REVENUE': 'Revenue', 'policy.criterion.RD_RATIO': 'R&D ratio',
  'policy.criterion.RD_EXPENSE': 'R&D expense', 'policy.reason.MATCH': 'You meet every criterion', 'policy.reason.SUBSCRIPTION': 'New in a category or tag you follow',
  'policy.action.submit': 'Submit for review', 'policy.action.return': 'Send back', 'policy.action.publish': 'Publish', 'policy.action.withdraw': 'Withdraw',
  'policy.history.CREATE': 'Created', 'policy.history.IMPORT': 'Imported', 'policy.history.EDIT': 'Edited', 'policy.history.SUBMIT': 'Submitted', 'policy.history.RETURN': 'Sent back',
  'policy.history.PUBLISH': 'Published', 'policy.history.WITHDRAW': 'Withdrawn', 'policy.history.EXPIRE': 'Expired',
};

export default {
  routes: [
    { area: 'portal', path: '/policy', component: Search },
    { area: 'portal', path: '/policy/for-me', component: ForMe },
    { area: 'portal', path: '/policy/inbox', component: Inbox },
    { area: 'portal', path: '/policy/:id', component: Detail },
    { area: 'console', path: '/policy', component: Manage, permission: 'policy.read' },
    { area: 'console', path: '/policy/new', component: Editor, permission: 'policy.edit' },
    { area: 'console', path: '/policy/:id', component: Editor, permission: 'policy.read' },
  ],
  messages: { 'zh-CN': zh, en },
  portal: {
    latest: async () => (await api('/policy/policies?size=5')).items.map((p) => ({ title: p.title, href: `/policy/${p.id}`, date: p.issuedOn })),
    search: async (q) => (await api(`/policy/policies?q=${encodeURIComponent(q)}&size=5`)).items
      .map((p) => ({ title: p.title, href: `/policy/${p.id}`, summary: p.issuingAuthority })),
  },
};
