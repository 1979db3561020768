// Pages of the demands module (诉求直办): the enterprise's "my demands" on the portal (submit, status
// timeline, rating, withdraw) and the staff queue, handling and routing pages in the console.
import { reactive, computed } from 'vue';
import { t, text, api, navigate, route, useRequest, usePagedList, session, loggedIn, isStaff, formatDateTime } from 'yiwang';

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
const STATUSES = ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'FOLLOWED_UP', 'CLOSED', 'REJECTED', 'WITHDRAWN'];
const SLA_TYPE = { ON_TIME: 'success', DUE_SOON: 'warning', OVERDUE: 'danger' };
const ENDED = ['CLOSED', 'REJECTED', 'WITHDRAWN'];

const shared = { t, text, category, formatDateTime, CATEGORIES, STATUSES, SLA_TYPE };

/** Status, history timeline and the facts of one demand (portal and console). */
const Facts = {
  props: { demand: Object, history: Array },
  setup: () => shared,
  template: `
    <el-descriptions :column="1" border class="demands-facts">
      <el-descriptions-item :label="t('demands.status')"><el-tag class="demands-status">{{ t('demands.status.' + demand.status) }}</el-tag></el-descriptions-item>
      <el-descriptions-item :label="t('demands.category')">{{ category(demand.category) }}</el-descriptions-item>
      <el-descriptions-item :label="t('demands.enterprise')">{{ demand.enterpriseName || demand.uscc }}</el-descriptions-item>
      <el-descriptions-item :label="t('demands.window')">{{ demand.windowName }}（{{ demand.windowRegion }}）<span v-if="demand.institutionName"> → {{ demand.institutionName }}</span></el-descriptions-item>
      <el-descriptions-item :label="t('demands.due')">{{ formatDateTime(demand.due) }}
        <el-tag v-if="!['CLOSED','REJECTED','WITHDRAWN','RESOLVED','FOLLOWED_UP'].includes(demand.status)" :type="SLA_TYPE[demand.sla]" size="small">{{ t('demands.sla.' + demand.sla) }}</el-tag></el-descriptions-item>
      <el-descriptions-item :label="t('demands.description')">{{ demand.description }}</el-descriptions-item>
      <el-descriptions-item v-if="demand.resolution" :label="t('demands.resolution')">{{ demand.resolution }}</el-descriptions-item>
      <el-descriptions-item v-if="demand.ratingScore" :label="t('demands.rating')"><el-rate :model-value="demand.ratingScore" disabled /> {{ demand.ratingComment }}</el-descriptions-item>
    </el-descriptions>
    <h3 style="margin-top: 1rem">{{ t('demands.timeline') }}</h3>
    <el-timeline class="demands-timeline">
      <el-timeline-item v-for="h in history" :key="h.id" :timestamp="formatDateTime(h.at)">
        {{ t('demands.history.' + h.action) }}<span v-if="h.to"> → {{ t('demands.status.' + h.to) }}</span>
        <span v-if="h.toWindow"> · {{ h.toWindow }}</span><span v-if="h.reason" class="yw-muted"> · {{ h.reason }}</span>
      </el-timeline-item>
    </el-timeline>`,
};

function useDemand(id) {
  return useRequest(async () => {
    const [demand, history] = await Promise.all([api(`/demands/${id}`), api(`/demands/${id}/history`)]);
    return { demand, history };
  });
}

/** Portal: the enterprise submits and follows its demands. */
const Mine = {
  setup() {
    const enterprise = computed(() => session.me.kind === 'ENTERPRISE');
    const list = useRequest(() => (enterprise.value ? api('/demands?size=50') : Promise.resolve({ items: [] })),
      { initial: { items: [] } });
    const form = reactive({ category: '', title: '', description: '', contact: '' });
    const state = reactive({ busy: false, error: '', fields: {} });
    const submit = async () => {
      state.busy = true;
      state.error = '';
      state.fields = {};
      try {
        const created = await api('/demands', { method: 'POST', body: { ...form } });
        Object.assign(form, { category: '', title: '', description: '', contact: '' });
        navigate(`/demands/${created.id}`);
      } catch (e) {
        state.error = e.message;
        state.fields = e.fields;
      } finally {
        state.busy = false;
      }
    };
    return { ...shared, enterprise, list, form, state, submit, loggedIn, isStaff };
  },
  template: `
    <h1>{{ t('demands.mine') }}</h1>
    <section v-if="!loggedIn()" class="yw-panel">
      <p>{{ t('demands.loginFirst') }}</p>
      <yw-link to="/login?next=%2Fdemands">{{ t('shell.login') }}</yw-link> · <yw-link to="/register">{{ t('shell.register') }}</yw-link>
    </section>
    <section v-else-if="!enterprise" class="yw-panel">
      <p>{{ t('demands.staffHere') }} <yw-link v-if="isStaff()" to="/console/demands">{{ t('demands.queue') }}</yw-link></p>
    </section>
    <template v-else>
      <section class="yw-panel">
        <h2>{{ t('demands.new') }}</h2>
        <el-alert v-if="state.error" type="error" :title="state.error" show-icon :closable="false" role="alert" />
        <el-form label-position="top" @submit.prevent="submit" class="demands-form">
          <el-form-item :label="t('demands.category')" :error="state.fields.category" required>
            <el-select v-model="form.category" :aria-label="t('demands.category')" class="demands-category" style="width: 100%">
              <el-option v-for="c in CATEGORIES" :key="c[0]" :value="c[0]" :label="category(c[0])" />
            </el-select>
          </el-form-item>
          <el-form-item :label="t('demands.title')" :error="state.fields.title" for="demands-title" required>
            <el-input id="demands-title" v-model="form.title" maxlength="100" />
          </el-form-item>
          <el-form-item :label="t('demands.description')" :error="state.fields.description" for="demands-description" required>
            <el-input id="demands-description" v-model="form.description" type="textarea" :rows="4" maxlength="2000" show-word-limit />
          </el-form-item>
          <el-form-item :label="t('demands.contact')" :error="state.fields.contact" for="demands-contact">
            <el-input id="demands-contact" v-model="form.contact" maxlength="100" />
          </el-form-item>
          <el-button type="primary" native-type="submit" :loading="state.busy" class="demands-submit">{{ t('demands.submit') }}</el-button>
        </el-form>
      </section>
      <section class="yw-panel">
        <h2>{{ t('demands.list') }}</h2>
        <yw-state :state="list">
          <ul v-if="list.data.items.length" class="yw-list demands-mine">
            <li v-for="d in list.data.items" :key="d.id">
              <yw-link :to="'/demands/' + d.id">{{ d.title }}</yw-link>
              <span><el-tag size="small">{{ t('demands.status.' + d.status) }}</el-tag> <span class="yw-muted">{{ formatDateTime(d.submittedAt) }}</span></span>
            </li>
          </ul>
          <el-empty v-else :description="t('demands.none')" :image-size="64" />
        </yw-state>
      </section>
    </template>`,
};

/** Portal: one of the enterprise's demands, with rating and withdrawal. */
const MineDetail = {
  props: ['id'],
  components: { Facts },
  setup(props) {
    const one = useDemand(props.id);
    const rating = reactive({ score: 0, comment: '', busy: false, error: '' });
    const act = async (path, body) => {
      rating.busy = true;
      rating.error = '';
      try {
        await api(`/demands/${props.id}/${path}`, { method: 'POST', body });
        one.run();
      } catch (e) {
        rating.error = e.message;
      } finally {
        rating.busy = false;
      }
    };
    const rate = () => act('rating', { score: rating.score, comment: rating.comment });
    const withdraw = () => act('withdraw', { reason: t('demands.withdrawnByEnterprise') });
    return { ...shared, one, rating, rate, withdraw };
  },
  template: `
    <p><yw-link to="/demands">← {{ t('demands.mine') }}</yw-link></p>
    <yw-state :state="one">
      <template v-if="one.data">
        <h1>{{ one.data.demand.title }}</h1>
        <el-alert v-if="rating.error" type="error" :title="rating.error" show-icon :closable="false" role="alert" />
        <section v-if="['RESOLVED','FOLLOWED_UP','CLOSED'].includes(one.data.demand.status) && !one.data.demand.ratingScore"
                 class="yw-panel demands-rate">
          <h2>{{ t('demands.rateIt') }}</h2>
          <el-rate v-model="rating.score" :aria-label="t('demands.rating')" class="demands-stars" />
          <el-input v-model="rating.comment" :placeholder="t('demands.comment')" :aria-label="t('demands.comment')" style="margin: .5rem 0" />
          <el-button type="primary" :disabled="!rating.score" :loading="rating.busy" @click="rate" class="demands-rate-submit">{{ t('demands.sendRating') }}</el-button>
        </section>
        <Facts :demand="one.data.demand" :history="one.data.history" />
        <el-button v-if="['SUBMITTED','ACCEPTED','IN_PROGRESS'].includes(one.data.demand.status)" style="margin-top: 1rem"
                   :loading="rating.busy" @click="withdraw">{{ t('demands.withdraw') }}</el-button>
      </template>
    </yw-state>`,
};

/** Console: the window's queue. */
const Queue = {
  setup() {
    const filters = reactive({ status: route.query.status || '', category: '', region: '', overdue: '' });
    const paged = usePagedList('/demands', () => filters);
    const hotline = reactive({ open: false, busy: false, error: '', fields: {},
      form: { uscc: '', enterpriseName: '', region: '', category: '', title: '', description: '', contact: '' } });
    const submitHotline = async () => {
      hotline.busy = true;
      hotline.error = '';
      hotline.fields = {};
      try {
        const created = await api('/demands', { method: 'POST', body: { ...hotline.form } });
        hotline.open = false;
        navigate(`/console/demands/${created.id}`);
      } catch (e) {
        hotline.error = e.message;
        hotline.fields = e.fields;
      } finally {
        hotline.busy = false;
      }
    };
    const open = (row) => navigate(`/console/demands/${row.id}`);
    return { ...shared, filters, ...paged, hotline, submitHotline, open };
  },
  template: `
    <h1>{{ t('demands.queue') }}</h1>
    <form class="yw-toolbar" @submit.prevent="filter">
      <el-select v-model="filters.status" :placeholder="t('demands.status')" :aria-label="t('demands.status')" clearable>
        <el-option v-for="s in STATUSES" :key="s" :value="s" :label="t('demands.status.' + s)" />
      </el-select>
      <el-select v-model="filters.category" :placeholder="t('demands.category')" :aria-label="t('demands.category')" clearable>
        <el-option v-for="c in CATEGORIES" :key="c[0]" :value="c[0]" :label="category(c[0])" />
      </el-select>
      <el-input v-model="filters.region" :placeholder="t('demands.region')" :aria-label="t('demands.region')" maxlength="6" clearable />
      <el-checkbox v-model="filters.overdue" true-value="true" false-value="">{{ t('demands.overdueOnly') }}</el-checkbox>
      <el-button type="primary" native-type="submit">{{ t('shell.portal.search') }}</el-button>
      <span style="flex:1"></span>
      <el-button @click="hotline.open = true" class="demands-hotline">{{ t('demands.hotline') }}</el-button>
    </form>
    <yw-state :state="list">
      <el-table :data="list.data.items" class="demands-queue" @row-click="open" :empty-text="t('demands.none')">
        <el-table-column prop="id" label="#" width="70" />
        <el-table-column :label="t('demands.title')" min-width="200">
          <template #default="{ row }"><yw-link :to="'/console/demands/' + row.id">{{ row.title }}</yw-link></template>
        </el-table-column>
        <el-table-column prop="enterpriseName" :label="t('demands.enterprise')" min-width="160" />
        <el-table-column :label="t('demands.category')" width="110"><template #default="{ row }">{{ category(row.category) }}</template></el-table-column>
        <el-table-column :label="t('demands.status')" width="100"><template #default="{ row }">{{ t('demands.status.' + row.status) }}</template></el-table-column>
        <el-table-column :label="t('demands.due')" min-width="170">
          <template #default="{ row }"><el-tag :type="SLA_TYPE[row.sla]" size="small" :class="'demands-sla-' + row.sla">{{ t('demands.sla.' + row.sla) }}</el-tag> {{ formatDateTime(row.due) }}</template>
        </el-table-column>
        <el-table-column prop="windowName" :label="t('demands.window')" min-width="120" />
      </el-table>
      <div class="yw-pager">
        <el-pagination layout="total, prev, pager, next" :total="list.data.total" :page-size="size" :current-page="page" @current-change="turn" />
      </div>
    </yw-state>
    <el-dialog v-model="hotline.open" :title="t('demands.hotline')" width="min(560px, 95vw)">
      <el-alert v-if="hotline.error" type="error" :title="hotline.error" show-icon :closable="false" role="alert" />
      <el-form label-position="top" @submit.prevent="submitHotline">
        <el-form-item :label="t('demands.uscc')" :error="hotline.fields.uscc" required><el-input v-model="hotline.form.uscc" maxlength="18" /></el-form-item>
        <el-form-item :label="t('demands.enterprise')" :error="hotline.fields.enterpriseName"><el-input v-model="hotline.form.enterpriseName" /></el-form-item>
        <el-form-item :label="t('demands.region')" :error="hotline.fields.region" required><el-input v-model="hotline.form.region" maxlength="6" /></el-form-item>
        <el-form-item :label="t('demands.category')" :error="hotline.fields.category" required>
          <el-select v-model="hotline.form.category" style="width: 100%"><el-option v-for="c in CATEGORIES" :key="c[0]" :value="c[0]" :label="category(c[0])" /></el-select>
        </el-form-item>
        <el-form-item :label="t('demands.title')" :error="hotline.fields.title" required><el-input v-model="hotline.form.title" /></el-form-item>
        <el-form-item :label="t('demands.description')" :error="hotline.fields.description" required><el-input v-model="hotline.form.description" type="textarea" :rows="3" /></el-form-item>
        <el-form-item :label="t('demands.contact')" :error="hotline.fields.contact"><el-input v-model="hotline.form.contact" /></el-form-item>
        <el-button type="primary" native-type="submit" :loading="hotline.busy">{{ t('demands.submit') }}</el-button>
      </el-form>
    </el-dialog>`,
};

/** Console: handle one demand. */
const Handle = {
  props: ['id'],
  components: { Facts },
  setup(props) {
    const one = useDemand(props.id);
    const input = reactive({ text: '', toRegion: '', toInstitution: '', institutionName: '' });
    const state = reactive({ busy: '', error: null });
    const act = async (action, body) => {
      state.busy = action;
      state.error = null;
      try {
        await api(`/demands/${props.id}/${action}`, { method: 'POST', body: body || {} });
        input.text = '';
        one.run();
      } catch (e) {
        state.error = e;
      } finally {
        state.busy = '';
      }
    };
    const status = computed(() => one.data && one.data.demand.status);
    return { ...shared, one, input, state, act, status };
  },
  template: `
    <p><yw-link to="/console/demands">← {{ t('demands.queue') }}</yw-link></p>
    <yw-state :state="one">
      <template v-if="one.data">
        <h1>{{ one.data.demand.title }}</h1>
        <el-alert v-if="state.error" type="error" :title="state.error.message" show-icon :closable="false" role="alert" />
        <section v-if="!['CLOSED','REJECTED','WITHDRAWN'].includes(status)" class="yw-panel demands-actions">
          <el-input v-model="input.text" type="textarea" :rows="2" :aria-label="t('demands.note')"
                    :placeholder="t('demands.note')" class="demands-note" />
          <div class="yw-toolbar" style="margin-top: .5rem">
            <el-button v-if="status === 'SUBMITTED'" type="primary" :loading="state.busy === 'accept'" class="demands-accept" @click="act('accept')">{{ t('demands.action.accept') }}</el-button>
            <el-button v-if="status === 'ACCEPTED'" type="primary" :loading="state.busy === 'start'" class="demands-start" @click="act('start')">{{ t('demands.action.start') }}</el-button>
            <el-button v-if="status === 'IN_PROGRESS'" type="primary" :loading="state.busy === 'resolve'" class="demands-resolve" @click="act('resolve', { resolution: input.text })">{{ t('demands.action.resolve') }}</el-button>
            <el-button v-if="status === 'RESOLVED'" :loading="state.busy === 'follow-up'" class="demands-follow-up" @click="act('follow-up', { channel: 'HOTLINE', notes: input.text })">{{ t('demands.action.follow-up') }}</el-button>
            <el-button v-if="status === 'FOLLOWED_UP'" :loading="state.busy === 'close'" class="demands-close" @click="act('close')">{{ t('demands.action.close') }}</el-button>
            <el-button v-if="['SUBMITTED','ACCEPTED'].includes(status)" type="danger" plain :loading="state.busy === 'reject'" @click="act('reject', { reason: input.text })">{{ t('demands.action.reject') }}</el-button>
          </div>
          <div v-if="['SUBMITTED','ACCEPTED','IN_PROGRESS'].includes(status)" class="yw-toolbar">
            <el-input v-model="input.toRegion" :placeholder="t('demands.toRegion')" :aria-label="t('demands.toRegion')" maxlength="6" />
            <el-input v-model="input.toInstitution" :placeholder="t('demands.toInstitution')" :aria-label="t('demands.toInstitution')" />
            <el-input v-model="input.institutionName" :placeholder="t('demands.institutionName')" :aria-label="t('demands.institutionName')" />
            <el-button :loading="state.busy === 'transfer'" class="demands-transfer"
                       @click="act('transfer', { toRegion: input.toRegion || null, toInstitution: input.toInstitution || null, institutionName: input.institutionName || null, reason: input.text })">{{ t('demands.action.transfer') }}</el-button>
          </div>
        </section>
        <Facts :demand="one.data.demand" :history="one.data.history" />
      </template>
    </yw-state>`,
};

/** Console: routing rules and SLA deadlines. */
const Routes = {
  setup() {
    const routes = useRequest(() => api('/demands/routes'), { initial: { items: [] } });
    const sla = useRequest(() => api('/demands/sla'));
    const draft = reactive({ regionPrefix: '', category: '', windowRegion: '', windowName: '', priority: 0 });
    const state = reactive({ error: null, fields: {}, saved: false });
    const run = async (fn) => {
      state.error = null;
      state.fields = {};
      state.saved = false;
      try {
        await fn();
        state.saved = true;
      } catch (e) {
        state.error = e;
        state.fields = e.fields || {};
      }
    };
    const add = () => run(async () => {
      await api('/demands/routes', { method: 'POST', body: { ...draft, category: draft.category || null } });
      Object.assign(draft, { regionPrefix: '', category: '', windowRegion: '', windowName: '', priority: 0 });
      routes.run();
    });
    const remove = (r) => run(async () => { await api(`/demands/routes/${r.id}`, { method: 'DELETE' }); routes.run(); });
    const saveSla = () => run(async () => { sla.data = await api('/demands/sla', { method: 'PUT', body: sla.data }); });
    const items = computed(() => (Array.isArray(routes.data) ? routes.data : routes.data.items || []));
    return { ...shared, routes, items, sla, draft, state, add, remove, saveSla };
  },
  template: `
    <h1>{{ t('demands.routes') }}</h1>
    <el-alert v-if="state.error" type="error" :title="state.error.message" show-icon :closable="false" role="alert" />
    <section class="yw-panel">
      <h2>{{ t('demands.rules') }}</h2>
      <yw-state :state="routes">
        <el-table :data="items" :empty-text="t('demands.noRules')">
          <el-table-column prop="regionPrefix" :label="t('demands.regionPrefix')" width="120" />
          <el-table-column :label="t('demands.category')"><template #default="{ row }">{{ row.category ? category(row.category) : t('demands.any') }}</template></el-table-column>
          <el-table-column :label="t('demands.window')"><template #default="{ row }">{{ row.windowName }}（{{ row.windowRegion }}）</template></el-table-column>
          <el-table-column prop="priority" :label="t('demands.priority')" width="80" />
          <el-table-column width="90"><template #default="{ row }"><el-button size="small" @click="remove(row)">{{ t('demands.delete') }}</el-button></template></el-table-column>
        </el-table>
      </yw-state>
      <form class="yw-toolbar" style="margin-top: 1rem" @submit.prevent="add">
        <el-input v-model="draft.regionPrefix" :placeholder="t('demands.regionPrefix')" :aria-label="t('demands.regionPrefix')" maxlength="6" />
        <el-select v-model="draft.category" :placeholder="t('demands.any')" :aria-label="t('demands.category')" clearable>
          <el-option v-for="c in CATEGORIES" :key="c[0]" :value="c[0]" :label="category(c[0])" />
        </el-select>
        <el-input v-model="draft.windowRegion" :placeholder="t('demands.windowRegion')" :aria-label="t('demands.windowRegion')" maxlength="6" />
        <el-input v-model="draft.windowName" :placeholder="t('demands.windowName')" :aria-label="t('demands.windowName')" />
        <el-button type="primary" native-type="submit">{{ t('demands.addRule') }}</el-button>
      </form>
    </section>
    <section class="yw-panel">
      <h2>{{ t('demands.deadlines') }}</h2>
      <yw-state :state="sla">
        <el-form v-if="sla.data" label-position="left" label-width="12em" @submit.prevent="saveSla">
          <el-form-item :label="t('demands.defaultHours')"><el-input-number v-model="sla.data.defaultHours" :min="1" /></el-form-item>
          <el-form-item :label="t('demands.reminderPercent')"><el-input-number v-model="sla.data.reminderPercent" :min="1" :max="99" /></el-form-item>
          <el-form-item v-for="c in CATEGORIES" :key="c[0]" :label="category(c[0])">
            <el-input-number :model-value="sla.data.categories[c[0]]" @update:model-value="v => sla.data.categories = { ...sla.data.categories, [c[0]]: v }" :min="1" />
          </el-form-item>
          <el-button type="primary" native-type="submit">{{ t('demands.save') }}</el-button>
          <span v-if="state.saved" class="yw-muted"> ✓</span>
        </el-form>
      </yw-state>
    </section>`,
};

export default {
  routes: [
    { area: 'portal', path: '/demands', component: Mine },
    { area: 'portal', path: '/demands/:id', component: MineDetail },
    { area: 'console', path: '/demands', component: Queue, permission: 'demands.handle' },
    { area: 'console', path: '/demands/routes', component: Routes, permission: 'demands.configure' },
    { area: 'console', path: '/demands/:id', component: Handle, permission: 'demands.handle' },
  ],
  messages: {
    'zh-CN': {
      'demands.mine': '我的诉求', 'demands.new': '提交诉求', 'demands.list': '已提交的诉求', 'demands.none': '暂无诉求',
      'demands.loginFirst': '请先以企业账号登录，再提交和查看诉求。', 'demands.staffHere': '工作人员请在工作台办理诉求：',
      'demands.queue': '诉求办理', 'demands.category': '诉求类别', 'demands.title': '标题', 'demands.description': '诉求内容',
      'demands.contact': '联系人及电话', 'demands.submit': '提交', 'demands.status': '状态', 'demands.enterprise': '企业',
      'demands.window': '办理窗口', 'demands.due': '办理时限', 'demands.resolution': '办理结果', 'demands.rating': '评价',
      'demands.timeline': '办理过程', 'demands.rateIt': '请评价本次服务', 'demands.comment': '评价意见（可选）',
      'demands.sendRating': '提交评价', 'demands.withdraw': '撤回诉求', 'demands.withdrawnByEnterprise': '企业撤回',
      'demands.region': '区划代码', 'demands.overdueOnly': '只看超时', 'demands.hotline': '登记热线诉求', 'demands.uscc': '统一社会信用代码',
      'demands.note': '办理说明 / 理由（办结、驳回、转办时填写）', 'demands.toRegion': '转至窗口（区划代码）',
      'demands.toInstitution': '或转至机构编号', 'demands.institutionName': '机构名称',
      'demands.routes': '诉求分派与时限', 'demands.rules': '分派规则', 'demands.noRules': '没有规则：诉求由企业所在地窗口办理',
      'demands.regionPrefix': '区划前缀', 'demands.any': '任意类别', 'demands.priority': '优先级', 'demands.delete': '删除',
      'demands.windowRegion': '窗口区划代码', 'demands.windowName': '窗口名称', 'demands.addRule': '添加规则',
      'demands.deadlines': '办理时限（小时）', 'demands.defaultHours': '默认时限', 'demands.reminderPercent': '提醒点（时限的 %）', 'demands.save': '保存',
      'demands.status.SUBMITTED': '已提交', 'demands.status.ACCEPTED': '已受理', 'demands.status.IN_PROGRESS': '办理中',
      'demands.status.RESOLVED': '已办结', 'demands.status.FOLLOWED_UP': '已回访', 'demands.status.CLOSED': '已关闭',
      'demands.status.REJECTED': '不予受理', 'demands.status.WITHDRAWN': '已撤回',
      'demands.sla.ON_TIME': '正常', 'demands.sla.DUE_SOON': '临近时限', 'demands.sla.OVERDUE': '已超时',
      'demands.action.accept': '受理', 'demands.action.start': '开始办理', 'demands.action.resolve': '办结',
      'demands.action.follow-up': '登记回访', 'demands.action.close': '关闭', 'demands.action.reject': '不予受理',
      'demands.action.withdraw': '撤回', 'demands.action.transfer': '转办', 'demands.action.escalate': '超时升级',
      'demands.action.remind': '时限提醒', 'demands.action.rate': '评价',
      'demands.history.SUBMIT': '提交', 'demands.history.ACCEPT': '受理', 'demands.history.START': '开始办理',
      'demands.history.RESOLVE': '办结', 'demands.history.FOLLOW_UP': '回访', 'demands.history.CLOSE': '关闭',
      'demands.history.REJECT': '不予受理', 'demands.history.WITHDRAW': '撤回', 'demands.history.TRANSFER': '转办',
      'demands.history.RATE': '评价', 'demands.history.REMIND': '时限提醒', 'demands.history.ESCALATE': '超时升级',
    },
    en: {
      'demands.mine': 'My demands', 'demands.new': 'Submit a demand', 'demands.list': 'Submitted demands', 'demands.none': 'No demands',
      'demands.loginFirst': 'Log in with an enterprise account to submit and follow demands.', 'demands.staffHere': 'Staff handle demands in the console:',
      'demands.queue': 'Demands', 'demands.category': 'Category', 'demands.title': 'Title', 'demands.description': 'Demand',
      'demands.contact': 'Contact and phone', 'demands.submit': 'Submit', 'demands.status': 'Status', 'demands.enterprise': 'Enterprise',
      'demands.window': 'Window', 'demands.due': 'Due', 'demands.resolution': 'Resolution', 'demands.rating': 'Rating',
      'demands.timeline': 'History', 'demands.rateIt': 'Please rate this service', 'demands.comment': 'Comment (optional)',
      'demands.sendRating': 'Send rating', 'demands.withdraw': 'Withdraw', 'demands.withdrawnByEnterprise': 'Withdrawn by the enterprise',
      'demands.region': 'Region code', 'demands.overdueOnly': 'Overdue only', 'demands.hotline': 'Record a hotline call', 'demands.uscc': 'Credit code',
      'demands.note': 'Note / reason (for resolve, reject, transfer)', 'demands.toRegion': 'To window (region code)',
      'demands.toInstitution': 'or to institution id', 'demands.institutionName': 'Institution name',
      'demands.routes': 'Routing and deadlines', 'demands.rules': 'Routing rules', 'demands.noRules': 'No rules: the window of the enterprise’s region handles it',
      'demands.regionPrefix': 'Region prefix', 'demands.any': 'Any category', 'demands.priority': 'Priority', 'demands.delete': 'Delete',
      'demands.windowRegion': 'Window region code', 'demands.windowName': 'Window name', 'demands.addRule': 'Add rule',
      'demands.deadlines': 'Deadlines (hours)', 'demands.defaultHours': 'Default', 'demands.reminderPercent': 'Reminder at (% of deadline)', 'demands.save': 'Save',
      'demands.status.SUBMITTED': 'Submitted', 'demands.status.ACCEPTED': 'Accepted', 'demands.status.IN_PROGRESS': 'In progress',
      'demands.status.RESOLVED': 'Resolved', 'demands.status.FOLLOWED_UP': 'Followed up', 'demands.status.CLOSED': 'Closed',
      'demands.status.REJECTED': 'Rejected', 'demands.status.WITHDRAWN': 'Withdrawn',
      'demands.sla.ON_TIME': 'On time', 'demands.sla.DUE_SOON': 'Due soon', 'demands.sla.OVERDUE': 'Overdue',
      'demands.action.accept': 'Accept', 'demands.action.start': 'Start', 'demands.action.resolve': 'Resolve',
      'demands.action.follow-up': 'Follow up', 'demands.action.close': 'Close', 'demands.action.reject': 'Reject',
      'demands.action.withdraw': 'Withdraw', 'demands.action.transfer': 'Transfer', 'demands.action.escalate': 'Escalated',
      'demands.action.remind': 'Reminder', 'demands.action.rate': 'Rated',
      'demands.history.SUBMIT': 'Submitted', 'demands.history.ACCEPT': 'Accepted', 'demands.history.START': 'Started',
      'demands.history.RESOLVE': 'Resolved', 'demands.history.FOLLOW_UP': 'Followed up', 'demands.history.CLOSE': 'Closed',
      'demands.history.REJECT': 'Rejected', 'demands.history.WITHDRAW': 'Withdrawn', 'demands.history.TRANSFER': 'Transferred',
      'demands.history.RATE': 'Rated', 'demands.history.REMIND': 'Reminder', 'demands.history.ESCALATE': 'Escalated',
    },
  },
};
