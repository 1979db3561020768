// Console pages of identity: enterprise registrations to review, accounts, the audit trail.
// Served from this bundle at /ui/modules/identity/ and loaded by the shell.
import { reactive, ref } from 'vue';
import { ElMessageBox } from 'element-plus';
import { t, api, useRequest, usePagedList, formatDateTime } from 'yiwang';

const MANAGE = 'identity.accounts.manage';

const Registrations = {
  setup() {
    const status = ref('PENDING');
    const paged = usePagedList('/identity/registrations', () => ({ status: status.value }));
    const { list } = paged;
    const action = reactive({ busy: '', error: null });
    const decide = async (row, approve) => {
      let body;
      if (!approve) {
        try {
          const answer = await ElMessageBox.prompt(t('identity.reg.reason'), t('identity.reg.reject'),
            { inputPattern: /\S/, inputErrorMessage: t('shell.required') });
          body = { reason: answer.value };
        } catch {
          return; // cancelled
        }
      }
      action.busy = row.id;
      action.error = null;
      try {
        await api(`/identity/registrations/${row.id}/${approve ? 'approve' : 'reject'}`, { method: 'POST', body });
        list.run();
      } catch (e) {
        action.error = e;
      } finally {
        action.busy = '';
      }
    };
    return { t, status, ...paged, action, decide, formatDateTime };
  },
  template: `
    <h1>{{ t('identity.reg.title') }}</h1>
    <div class="yw-toolbar">
      <el-radio-group v-model="status" @change="filter" :aria-label="t('identity.status')">
        <el-radio-button value="PENDING">{{ t('identity.reg.PENDING') }}</el-radio-button>
        <el-radio-button value="APPROVED">{{ t('identity.reg.APPROVED') }}</el-radio-button>
        <el-radio-button value="REJECTED">{{ t('identity.reg.REJECTED') }}</el-radio-button>
      </el-radio-group>
    </div>
    <el-alert v-if="action.error" type="error" :title="action.error.message" show-icon :closable="false" role="alert" />
    <yw-state :state="list">
      <el-table :data="list.data.items" class="yw-registrations" :empty-text="t('identity.reg.empty')">
        <el-table-column prop="name" :label="t('identity.reg.name')" min-width="180" />
        <el-table-column prop="uscc" :label="t('identity.reg.uscc')" min-width="170" />
        <el-table-column prop="regionCode" :label="t('identity.region')" width="90" />
        <el-table-column prop="username" :label="t('identity.username')" min-width="120" />
        <el-table-column prop="contact" :label="t('identity.reg.contact')" min-width="140" />
        <el-table-column :label="t('identity.reg.at')" min-width="150">
          <template #default="{ row }">{{ formatDateTime(row.createdAt) }}</template>
        </el-table-column>
        <el-table-column v-if="status === 'PENDING'" :label="t('identity.actions')" width="170" fixed="right">
          <template #default="{ row }">
            <el-button size="small" type="primary" :loading="action.busy === row.id" class="yw-approve"
                       @click="decide(row, true)">{{ t('identity.reg.approve') }}</el-button>
            <el-button size="small" :disabled="action.busy === row.id" @click="decide(row, false)">{{ t('identity.reg.reject') }}</el-button>
          </template>
        </el-table-column>
        <el-table-column v-else prop="reason" :label="t('identity.reg.reasonShort')" min-width="140" />
      </el-table>
      <div class="yw-pager">
        <el-pagination layout="total, prev, pager, next" :total="list.data.total" :page-size="size" :current-page="page" @current-change="turn" />
      </div>
    </yw-state>`,
};

const KINDS = ['STAFF', 'ENTERPRISE', 'INSTITUTION', 'ADMIN'];
const STATUSES = ['ACTIVE', 'PENDING', 'DISABLED', 'REJECTED'];

const Accounts = {
  setup() {
    const filters = reactive({ q: '', kind: '', status: '' });
    const paged = usePagedList('/identity/accounts', () => filters);
    const { list } = paged;
    const roles = useRequest(() => api('/identity/roles'), { initial: { items: [] } });
    const dialog = reactive({ open: false, busy: false, error: '', fields: {} });
    const draft = reactive({ username: '', password: '', displayName: '', regionCode: '', roles: [] });
    const action = reactive({ error: null });
    const create = async () => {
      dialog.busy = true;
      dialog.error = '';
      dialog.fields = {};
      try {
        await api('/identity/accounts', { method: 'POST', body: { ...draft, kind: 'STAFF' } });
        dialog.open = false;
        Object.assign(draft, { username: '', password: '', displayName: '', regionCode: '', roles: [] });
        list.run();
      } catch (e) {
        dialog.error = e.message;
        dialog.fields = e.fields;
      } finally {
        dialog.busy = false;
      }
    };
    const act = async (row, verb) => {
      action.error = null;
      try {
        await api(`/identity/accounts/${row.id}/${verb}`, { method: 'POST' });
        list.run();
      } catch (e) {
        action.error = e;
      }
    };
    return { t, filters, ...paged, roles, dialog, draft, create, act, action, KINDS, STATUSES, formatDateTime };
  },
  template: `
    <h1>{{ t('identity.accounts.title') }}</h1>
    <form class="yw-toolbar" @submit.prevent="filter">
      <el-input v-model="filters.q" :placeholder="t('identity.accounts.q')" :aria-label="t('identity.accounts.q')" clearable />
      <el-select v-model="filters.kind" :placeholder="t('identity.kind')" :aria-label="t('identity.kind')" clearable>
        <el-option v-for="k in KINDS" :key="k" :value="k" :label="t('shell.kind.' + k)" />
      </el-select>
      <el-select v-model="filters.status" :placeholder="t('identity.status')" :aria-label="t('identity.status')" clearable>
        <el-option v-for="s in STATUSES" :key="s" :value="s" :label="t('identity.accounts.' + s)" />
      </el-select>
      <el-button type="primary" native-type="submit">{{ t('shell.portal.search') }}</el-button>
      <span style="flex:1"></span>
      <el-button @click="dialog.open = true" class="yw-new-account">{{ t('identity.accounts.new') }}</el-button>
    </form>
    <el-alert v-if="action.error" type="error" :title="action.error.message" show-icon :closable="false" role="alert" />
    <yw-state :state="list">
      <el-table :data="list.data.items" class="yw-accounts">
        <el-table-column prop="username" :label="t('identity.username')" min-width="120" />
        <el-table-column prop="displayName" :label="t('identity.accounts.displayName')" min-width="120" />
        <el-table-column :label="t('identity.kind')" width="110"><template #default="{ row }">{{ t('shell.kind.' + row.kind) }}</template></el-table-column>
        <el-table-column prop="regionCode" :label="t('identity.region')" width="90" />
        <el-table-column :label="t('identity.accounts.roles')" min-width="140"><template #default="{ row }">{{ row.roles.join(', ') }}</template></el-table-column>
        <el-table-column :label="t('identity.status')" width="90"><template #default="{ row }">{{ t('identity.accounts.' + row.status) }}</template></el-table-column>
        <el-table-column :label="t('identity.actions')" width="200">
          <template #default="{ row }">
            <el-button v-if="row.status === 'ACTIVE'" size="small" @click="act(row, 'disable')">{{ t('identity.accounts.disable') }}</el-button>
            <el-button v-if="row.status === 'DISABLED'" size="small" @click="act(row, 'enable')">{{ t('identity.accounts.enable') }}</el-button>
            <el-button v-if="row.lockedUntil" size="small" @click="act(row, 'unlock')">{{ t('identity.accounts.unlock') }}</el-button>
          </template>
        </el-table-column>
      </el-table>
      <div class="yw-pager">
        <el-pagination layout="total, prev, pager, next" :total="list.data.total" :page-size="size" :current-page="page" @current-change="turn" />
      </div>
    </yw-state>
    <el-dialog v-model="dialog.open" :title="t('identity.accounts.new')" width="min(520px, 95vw)">
      <el-alert v-if="dialog.error" type="error" :title="dialog.error" show-icon :closable="false" role="alert" />
      <el-form label-position="top" @submit.prevent="create">
        <el-form-item :label="t('identity.username')" :error="dialog.fields.username" for="yw-acc-username" required>
          <el-input id="yw-acc-username" v-model="draft.username" autocomplete="off" />
        </el-form-item>
        <el-form-item :label="t('shell.login.password')" :error="dialog.fields.password" for="yw-acc-password" required>
          <el-input id="yw-acc-password" v-model="draft.password" type="password" show-password autocomplete="new-password" />
          <span class="yw-hint">{{ t('shell.register.passwordHint') }}</span>
        </el-form-item>
        <el-form-item :label="t('identity.accounts.displayName')" :error="dialog.fields.displayName" for="yw-acc-name">
          <el-input id="yw-acc-name" v-model="draft.displayName" />
        </el-form-item>
        <el-form-item :label="t('identity.region')" :error="dialog.fields.regionCode" for="yw-acc-region" required>
          <el-input id="yw-acc-region" v-model="draft.regionCode" maxlength="6" />
        </el-form-item>
        <el-form-item :label="t('identity.accounts.roles')" :error="dialog.fields.roles">
          <el-select v-model="draft.roles" multiple :aria-label="t('identity.accounts.roles')" style="width: 100%">
            <el-option v-for="r in roles.data.items" :key="r.name" :value="r.name" :label="r.name + ' — ' + r.description" />
          </el-select>
        </el-form-item>
        <el-button type="primary" native-type="submit" :loading="dialog.busy">{{ t('identity.accounts.create') }}</el-button>
      </el-form>
    </el-dialog>`,
};

const Audit = {
  setup() {
    const filters = reactive({ actor: '', action: '', entity: '' });
    return { t, filters, ...usePagedList('/audit', () => filters, { size: 50 }), formatDateTime };
  },
  template: `
    <h1>{{ t('identity.audit.title') }}</h1>
    <form class="yw-toolbar" @submit.prevent="filter">
      <el-input v-model="filters.actor" :placeholder="t('identity.audit.actor')" :aria-label="t('identity.audit.actor')" clearable />
      <el-input v-model="filters.action" :placeholder="t('identity.audit.action')" :aria-label="t('identity.audit.action')" clearable />
      <el-input v-model="filters.entity" :placeholder="t('identity.audit.entity')" :aria-label="t('identity.audit.entity')" clearable />
      <el-button type="primary" native-type="submit">{{ t('shell.portal.search') }}</el-button>
    </form>
    <yw-state :state="list">
      <el-table :data="list.data.items" class="yw-audit">
        <el-table-column :label="t('identity.audit.at')" min-width="160"><template #default="{ row }">{{ formatDateTime(row.at) }}</template></el-table-column>
        <el-table-column prop="actor" :label="t('identity.audit.actor')" min-width="110" />
        <el-table-column prop="action" :label="t('identity.audit.action')" min-width="160" />
        <el-table-column :label="t('identity.audit.entity')" min-width="180"><template #default="{ row }">{{ row.entity }} {{ row.entityId }}</template></el-table-column>
        <el-table-column prop="outcome" :label="t('identity.audit.outcome')" width="100" />
        <el-table-column prop="ip" label="IP" width="130" />
      </el-table>
      <div class="yw-pager">
        <el-pagination layout="total, prev, pager, next" :total="list.data.total" :page-size="size" :current-page="page" @current-change="turn" />
      </div>
    </yw-state>`,
};

export default {
  routes: [
    { area: 'console', path: '/identity/registrations', component: Registrations, permission: MANAGE },
    { area: 'console', path: '/identity/accounts', component: Accounts, permission: MANAGE },
    { area: 'console', path: '/identity/audit', component: Audit, permission: 'audit.read' },
  ],
  messages: {
    'zh-CN': {
      'identity.username': '用户名', 'identity.region': '区划代码', 'identity.kind': '账号类型', 'identity.status': '状态',
      'identity.actions': '操作',
      'identity.reg.title': '企业注册审核', 'identity.reg.PENDING': '待审核', 'identity.reg.APPROVED': '已通过',
      'identity.reg.REJECTED': '已驳回', 'identity.reg.empty': '没有注册申请', 'identity.reg.name': '企业名称',
      'identity.reg.uscc': '统一社会信用代码', 'identity.reg.contact': '联系人', 'identity.reg.at': '申请时间',
      'identity.reg.approve': '通过', 'identity.reg.reject': '驳回', 'identity.reg.reason': '请填写驳回理由（将告知企业）',
      'identity.reg.reasonShort': '说明',
      'identity.accounts.title': '账号管理', 'identity.accounts.q': '用户名或姓名', 'identity.accounts.new': '新建工作人员账号',
      'identity.accounts.create': '创建', 'identity.accounts.displayName': '姓名', 'identity.accounts.roles': '角色',
      'identity.accounts.ACTIVE': '正常', 'identity.accounts.PENDING': '待审核', 'identity.accounts.DISABLED': '已停用',
      'identity.accounts.REJECTED': '已驳回', 'identity.accounts.disable': '停用', 'identity.accounts.enable': '启用',
      'identity.accounts.unlock': '解锁',
      'identity.audit.title': '审计日志', 'identity.audit.at': '时间', 'identity.audit.actor': '操作人',
      'identity.audit.action': '操作', 'identity.audit.entity': '对象', 'identity.audit.outcome': '结果',
    },
    en: {
      'identity.username': 'Username', 'identity.region': 'Region', 'identity.kind': 'Kind', 'identity.status': 'Status',
      'identity.actions': 'Actions',
      'identity.reg.title': 'Enterprise registrations', 'identity.reg.PENDING': 'Pending', 'identity.reg.APPROVED': 'Approved',
      'identity.reg.REJECTED': 'Rejected', 'identity.reg.empty': 'No registrations', 'identity.reg.name': 'Enterprise',
      'identity.reg.uscc': 'Credit code', 'identity.reg.contact': 'Contact', 'identity.reg.at': 'Submitted',
      'identity.reg.approve': 'Approve', 'identity.reg.reject': 'Reject', 'identity.reg.reason': 'Why is it rejected? (the enterprise is told)',
      'identity.reg.reasonShort': 'Reason',
      'identity.accounts.title': 'Accounts', 'identity.accounts.q': 'Username or name', 'identity.accounts.new': 'New staff account',
      'identity.accounts.create': 'Create', 'identity.accounts.displayName': 'Name', 'identity.accounts.roles': 'Roles',
      'identity.accounts.ACTIVE': 'Active', 'identity.accounts.PENDING': 'Pending', 'identity.accounts.DISABLED': 'Disabled',
      'identity.accounts.REJECTED': 'Rejected', 'identity.accounts.disable': 'Disable', 'identity.accounts.enable': 'Enable',
      'identity.accounts.unlock': 'Unlock',
      'identity.audit.title': 'Audit trail', 'identity.audit.at': 'When', 'identity.audit.actor': 'Who',
      'identity.audit.action': 'Action', 'identity.audit.entity': 'Record', 'identity.audit.outcome': 'Outcome',
    },
  },
};
