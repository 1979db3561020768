// Shared pieces of the institutions pages: vocabularies, a form-action helper, the profile form,
// the facts of an institution and its entry/exit history.
import { reactive, ref, watch } from 'vue';
import { t, text, api, formatDate, formatDateTime } from 'yiwang';

// STANDARDS §6: the eight categories of the one-stop platform and four more.
export const CATEGORIES = [
  ['information', '信息服务', 'Information'], ['talent-training', '人才培训', 'Talent and training'],
  ['startup-coaching', '创业辅导', 'Start-up coaching'], ['management-consulting', '管理咨询', 'Management consulting'],
  ['technology-support', '技术支持', 'Technology support'], ['financing-guarantee', '融资担保', 'Financing and guarantees'],
  ['market-development', '市场开拓', 'Market development'], ['legal-aid', '法律援助', 'Legal aid'],
  ['policy-consulting', '政策咨询', 'Policy consulting'], ['quality-standards-brand', '质量标准品牌', 'Quality, standards, brand'],
  ['international-cooperation', '国际合作', 'International cooperation'], ['rights-protection', '权益保护', 'Rights protection'],
];
export const TYPES = ['PUBLIC_CENTRE', 'MARKET_PROVIDER', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'ASSOCIATION'];
export const SIZES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'];
export const STATUS_TYPE = { APPLIED: 'info', ADMITTED: 'success', REJECTED: 'danger', NOTICE_OF_EXIT: 'warning', APPEALED: 'warning', REMOVED: 'danger' };
export const category = (code) => {
  const c = CATEGORIES.find((x) => x[0] === code);
  return c ? text({ zh: c[1], en: c[2] }) : code;
};
export const fee = (v) => (v.free ? t('institutions.free') : `¥${Number(v.fee).toFixed(2)}`);
export const shared = { t, text, category, formatDate, formatDateTime, CATEGORIES, TYPES, SIZES, STATUS_TYPE, fee };

/** Runs an API call with busy/error/fields state for a form or a button row. */
export function useAction() {
  const state = reactive({ busy: '', error: '', fields: {}, done: '' });
  state.run = async (name, fn) => {
    state.busy = name;
    state.error = '';
    state.fields = {};
    state.done = '';
    try {
      const result = await fn();
      state.done = name;
      return result;
    } catch (e) {
      state.error = e.message;
      state.fields = e.fields || {};
      return undefined;
    } finally {
      state.busy = '';
    }
  };
  return state;
}

export const emptyProfile = () => ({
  name: '', type: 'MARKET_PROVIDER', categories: [], regionsServed: [], qualifications: [],
  contacts: [{ name: '', role: '', phone: '', email: '' }], description: '', address: '', servicePhone: '', website: '',
});

/** The profile as the API takes it (the server refuses unknown fields). */
export function profileBody(p) {
  return {
    name: p.name, type: p.type, categories: p.categories, regionsServed: p.regionsServed,
    qualifications: p.qualifications.map((q) => ({ name: q.name, issuer: q.issuer || null, number: q.number || null,
      validUntil: q.validUntil || null, required: !!q.required })),
    contacts: p.contacts.map((c) => ({ name: c.name, role: c.role || null, phone: c.phone || null, email: c.email || null })),
    description: p.description || null, address: p.address || null, servicePhone: p.servicePhone || null, website: p.website || null,
  };
}

/** The profile fields (apply and workbench): name, type, categories, regions, qualifications, contacts, description. */
export const ProfileForm = {
  props: { model: Object, fields: Object },
  setup(props) {
    // regions served as typed text ("350100, 350102"): easy on a phone, kept in the model as a list
    const regions = ref(props.model.regionsServed.join(', '));
    watch(regions, (v) => { props.model.regionsServed = v.split(/[,，、\s]+/).filter(Boolean); });
    return { ...shared, regions };
  },
  template: `
    <el-form-item :label="t('institutions.name')" :error="fields.name" for="institutions-name" required>
      <el-input id="institutions-name" v-model="model.name" maxlength="200" />
    </el-form-item>
    <el-form-item :label="t('institutions.type')" :error="fields.type" required>
      <el-select v-model="model.type" :aria-label="t('institutions.type')" class="institutions-type" style="width: 100%">
        <el-option v-for="k in TYPES" :key="k" :value="k" :label="t('institutions.type.' + k)" />
      </el-select>
    </el-form-item>
    <el-form-item :label="t('institutions.categories')" :error="fields.categories || fields['categories[0]']" required>
      <el-select v-model="model.categories" multiple :aria-label="t('institutions.categories')" class="institutions-categories" style="width: 100%">
        <el-option v-for="c in CATEGORIES" :key="c[0]" :value="c[0]" :label="category(c[0])" />
      </el-select>
    </el-form-item>
    <el-form-item :label="t('institutions.regionsServed')" :error="fields.regionsServed || Object.keys(fields).filter((k) => k.startsWith('regionsServed[')).map((k) => fields[k]).join('; ')" for="institutions-regions" required>
      <el-input id="institutions-regions" v-model="regions" :placeholder="t('institutions.regionsHint')" />
    </el-form-item>
    <fieldset class="institutions-fieldset">
      <legend>{{ t('institutions.qualifications') }}</legend>
      <div v-for="(q, i) in model.qualifications" :key="i" class="yw-toolbar institutions-qualification">
        <el-input v-model="q.name" :placeholder="t('institutions.qualification.name')" :aria-label="t('institutions.qualification.name')" />
        <el-input v-model="q.issuer" :placeholder="t('institutions.qualification.issuer')" :aria-label="t('institutions.qualification.issuer')" />
        <el-input v-model="q.number" :placeholder="t('institutions.qualification.number')" :aria-label="t('institutions.qualification.number')" />
        <el-date-picker v-model="q.validUntil" type="date" value-format="YYYY-MM-DD" :placeholder="t('institutions.qualification.validUntil')" :aria-label="t('institutions.qualification.validUntil')" />
        <el-checkbox v-model="q.required">{{ t('institutions.qualification.required') }}</el-checkbox>
        <el-button size="small" @click="model.qualifications.splice(i, 1)">{{ t('institutions.remove') }}</el-button>
        <span v-if="fields['qualifications[' + i + '].name']" class="el-form-item__error" style="position: static">{{ fields['qualifications[' + i + '].name'] }}</span>
      </div>
      <el-button size="small" @click="model.qualifications.push({ name: '', issuer: '', number: '', validUntil: null, required: false })">{{ t('institutions.addQualification') }}</el-button>
    </fieldset>
    <fieldset class="institutions-fieldset">
      <legend>{{ t('institutions.contacts') }} <span class="yw-hint">{{ t('institutions.contactsHint') }}</span></legend>
      <div v-for="(c, i) in model.contacts" :key="i" class="yw-toolbar institutions-contact">
        <el-input v-model="c.name" :placeholder="t('institutions.contact.name')" :aria-label="t('institutions.contact.name')" class="institutions-contact-name" />
        <el-input v-model="c.role" :placeholder="t('institutions.contact.role')" :aria-label="t('institutions.contact.role')" />
        <el-input v-model="c.phone" :placeholder="t('institutions.contact.phone')" :aria-label="t('institutions.contact.phone')" class="institutions-contact-phone" />
        <el-input v-model="c.email" :placeholder="t('institutions.contact.email')" :aria-label="t('institutions.contact.email')" />
        <el-button v-if="model.contacts.length > 1" size="small" @click="model.contacts.splice(i, 1)">{{ t('institutions.remove') }}</el-button>
        <span v-for="k in ['name', 'phone', 'email']" :key="k">
          <span v-if="fields['contacts[' + i + '].' + k]" class="el-form-item__error" style="position: static">{{ fields['contacts[' + i + '].' + k] }}</span>
        </span>
      </div>
      <span v-if="fields.contacts" class="el-form-item__error" style="position: static">{{ fields.contacts }}</span>
      <el-button size="small" @click="model.contacts.push({ name: '', role: '', phone: '', email: '' })">{{ t('institutions.addContact') }}</el-button>
    </fieldset>
    <el-form-item :label="t('institutions.description')" :error="fields.description" for="institutions-description">
      <el-input id="institutions-description" v-model="model.description" type="textarea" :rows="3" maxlength="4000" show-word-limit />
    </el-form-item>
    <el-form-item :label="t('institutions.address')" :error="fields.address" for="institutions-address">
      <el-input id="institutions-address" v-model="model.address" maxlength="200" />
    </el-form-item>
    <el-form-item :label="t('institutions.servicePhone')" :error="fields.servicePhone" for="institutions-phone">
      <el-input id="institutions-phone" v-model="model.servicePhone" maxlength="40" inputmode="tel" />
    </el-form-item>
    <el-form-item :label="t('institutions.website')" :error="fields.website" for="institutions-website">
      <el-input id="institutions-website" v-model="model.website" maxlength="200" placeholder="https://" />
    </el-form-item>`,
};

/** The approved profile of an institution, for every page that shows one. */
export const Facts = {
  props: { institution: Object },
  setup: () => shared,
  template: `
    <el-descriptions :column="1" border class="institutions-facts">
      <el-descriptions-item :label="t('institutions.status')"><el-tag :type="STATUS_TYPE[institution.status]" class="institutions-status">{{ t('institutions.status.' + institution.status) }}</el-tag></el-descriptions-item>
      <el-descriptions-item :label="t('institutions.type')">{{ t('institutions.type.' + institution.profile.type) }}</el-descriptions-item>
      <el-descriptions-item :label="t('institutions.uscc')">{{ institution.uscc }}</el-descriptions-item>
      <el-descriptions-item :label="t('institutions.categories')">{{ institution.profile.categories.map(category).join('、') }}</el-descriptions-item>
      <el-descriptions-item :label="t('institutions.regionsServed')">{{ institution.profile.regionsServed.join('、') }}</el-descriptions-item>
      <el-descriptions-item v-if="institution.admittedAt" :label="t('institutions.admittedAt')">{{ formatDate(institution.admittedAt) }}</el-descriptions-item>
      <el-descriptions-item :label="t('institutions.qualifications')">
        <div v-for="(q, i) in institution.profile.qualifications" :key="i">{{ q.name }}<span v-if="q.issuer">（{{ q.issuer }}）</span>
          <span class="yw-muted"> {{ q.validUntil ? t('institutions.validUntil', { date: q.validUntil }) : t('institutions.noExpiry') }}</span>
          <el-tag v-if="q.required" size="small">{{ t('institutions.qualification.required') }}</el-tag></div>
      </el-descriptions-item>
      <el-descriptions-item :label="t('institutions.description')">{{ institution.profile.description }}</el-descriptions-item>
      <el-descriptions-item :label="t('institutions.address')">{{ institution.profile.address }}</el-descriptions-item>
      <el-descriptions-item :label="t('institutions.servicePhone')">{{ institution.profile.servicePhone }}</el-descriptions-item>
      <el-descriptions-item v-if="institution.profile.website" :label="t('institutions.website')">{{ institution.profile.website }}</el-descriptions-item>
      <el-descriptions-item v-if="institution.profile.contacts.length" :label="t('institutions.contacts')">
        <div v-for="(c, i) in institution.profile.contacts" :key="i">{{ c.name }} {{ c.role }} {{ c.phone }} {{ c.email }}</div>
      </el-descriptions-item>
    </el-descriptions>`,
};

export const History = {
  props: { history: Array },
  setup: () => shared,
  template: `
    <el-timeline class="institutions-history">
      <el-timeline-item v-for="h in history" :key="h.id" :timestamp="formatDateTime(h.at)">
        {{ t('institutions.history.' + h.action) }}<span v-if="h.from !== h.to"> → {{ t('institutions.status.' + h.to) }}</span>
        <span v-if="h.reason" class="yw-muted"> · {{ h.reason }}</span><span v-if="h.by" class="yw-muted"> · {{ h.by }}</span>
      </el-timeline-item>
    </el-timeline>`,
};

