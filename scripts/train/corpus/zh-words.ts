/**
 * The Chinese lexicon of the synthetic corpus: everyday modern words grouped
 * by how the templates in ./zh.ts use them.
 *
 * The words live apart from the sentence shapes so both
 * stay readable. Everything here is written for this project.
 */

/** A person and the pronoun that refers back to them (他 or 她). */
export interface Ren {
  w: string;
  p: '他' | '她';
}

const he = (w: string): Ren => ({ w, p: '他' });
const she = (w: string): Ren => ({ w, p: '她' });

export const people: Ren[] = [
  ...['小明', '小华', '小刚', '小军', '大卫', '爸爸', '爷爷', '哥哥', '弟弟', '叔叔', '王先生', '李大伟', '张伟'].map(he),
  ...['小红', '小丽', '小芳', '小雪', '安娜', '妈妈', '奶奶', '姐姐', '妹妹', '阿姨', '王老师', '李医生', '刘小姐'].map(she),
];
/** Roles whose pronoun is chosen per sentence (他 or 她 are both natural). */
export const roles = ['老师', '学生', '医生', '孩子', '同学', '朋友', '司机', '护士', '农民', '邻居', '作家', '厨师'];

/** Animals; 只 is the measure word for all of them except 鱼 (条) and 马、牛 (匹、头). */
export const animals = ['小猫', '小狗', '小鸟', '小兔', '小鸭', '小马', '老虎', '熊猫', '小羊', '猴子', '大象', '小鸡', '狐狸', '小熊', '小老鼠', '小牛'];
export const animalStates = ['累', '饿', '困', '小', '害怕', '冷', '老', '慢', '紧张'];
/** Something an animal might not do, and a reason that lies in the place rather than the animal. */
export const crossings: [string, string[]][] = [
  ['过马路', ['马路上的车太多了', '马路太宽了']],
  ['过河', ['河水太深了', '河水太冷了']],
  ['过桥', ['桥太窄了', '桥太旧了']],
  ['上山', ['山太高了', '山路太滑了']],
  ['回家', ['路太远了', '雨下得太大了']],
  ['出门', ['外面太黑了', '外面太冷了']],
  ['爬树', ['树太高了']],
  ['进森林', ['森林里太黑了']],
];
/** Animals as counted with a measure word: [name, measure word]. */
export const countedAnimals: [string, string][] = [
  ['猫', '只'],
  ['狗', '只'],
  ['鸟', '只'],
  ['鸭子', '只'],
  ['兔子', '只'],
  ['羊', '只'],
  ['鸡', '只'],
  ['鱼', '条'],
  ['马', '匹'],
  ['牛', '头'],
];
/** Children, for sentences about age. */
export const children = ['小明', '小红', '小华', '小丽', '小刚', '小芳', '小雪', '小军', '弟弟', '妹妹'];

/** Activities for 喜欢…，也喜欢…. */
export const activities = ['读书', '写字', '画画', '唱歌', '跳舞', '游泳', '跑步', '做饭', '看电影', '听音乐', '踢足球', '打篮球', '下棋', '种花', '爬山', '钓鱼', '骑车', '拍照', '学中文', '弹钢琴'];

/** A thing, its measure word, and what someone might want to do with it. */
export const things: [string, string, string][] = [
  ['书', '本', '读'],
  ['苹果', '个', '吃'],
  ['水', '杯', '喝'],
  ['信', '封', '看'],
  ['笔', '支', '写字'],
  ['球', '个', '玩'],
  ['画', '张', '看'],
  ['牛奶', '杯', '喝'],
  ['面包', '块', '吃'],
  ['报纸', '份', '看'],
  ['帽子', '顶', '戴'],
  ['衣服', '件', '穿'],
  ['雨伞', '把', '用'],
  ['地图', '张', '看'],
  ['茶', '杯', '喝'],
  ['蛋糕', '块', '吃'],
  ['玩具', '个', '玩'],
  ['钥匙', '把', '开门'],
];
/** Where things can be: a piece of furniture and the positions that suit it ('' for none). */
export const furniture: [string, string[]][] = [
  ['桌子', ['上', '下面', '旁边']],
  ['椅子', ['上', '下面', '旁边']],
  ['床', ['上', '下面', '旁边']],
  ['书架', ['上']],
  ['沙发', ['上', '旁边']],
  ['窗台', ['上']],
  ['盒子', ['里', '上']],
  ['书包', ['里']],
  ['冰箱', ['里', '上']],
  ['抽屉', ['里']],
  ['地上', ['']],
  ['门口', ['']],
];
export const places = ['公园', '学校', '商店', '图书馆', '医院', '火车站', '超市', '海边', '动物园', '博物馆', '农场', '饭店', '花园', '北京', '上海'];
/** Times that go with a completed action (…去了…, …下雨了). */
export const times = ['今天', '昨天', '前天', '早上', '上午', '下午', '晚上', '星期一', '星期天', '周末'];
export const numbers = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
/** 两 replaces 二 before a measure word. */
export const countWords = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A feeling and what a person does because of it. */
export const feelings: [string, string][] = [
  ['饿', '吃了一个苹果'],
  ['饿', '吃了一碗面条'],
  ['累', '早早地睡觉了'],
  ['冷', '穿上了大衣'],
  ['渴', '喝了一杯水'],
  ['难过', '给朋友打了电话'],
  ['高兴', '唱起了歌'],
  ['无聊', '看了一本书'],
  ['着急', '跑向了车站'],
  ['不舒服', '在家休息'],
];
/** A feeling and what an animal does because of it. */
export const animalFeelings: [string, string][] = [
  ['饿', '吃光了碗里的食物'],
  ['累', '睡了一整天'],
  ['害怕', '躲到了床下面'],
  ['冷', '躺在火炉旁边'],
  ['渴', '跑到河边喝水'],
  ['高兴', '在院子里跑来跑去'],
];
export const weather: [string, string[]][] = [
  ['下雨了', ['在家看书', '带上了雨伞', '没有出门']],
  ['下雪了', ['堆了一个雪人', '在家喝茶', '穿上了厚衣服']],
  ['天气很好', ['去公园散步', '去海边玩', '在外面吃午饭']],
  ['刮大风了', ['放风筝', '关上了窗户', '待在家里']],
  ['天气很冷', ['穿上了大衣', '喝了热茶', '生了火']],
];
export const exclamations = ['今天天气真好！', '谢谢你！', '早上好！', '晚安！', '生日快乐！', '明天见！', '小心！', '你好吗？', '我很好，谢谢。', '请安静！', '你叫什么名字？'];
