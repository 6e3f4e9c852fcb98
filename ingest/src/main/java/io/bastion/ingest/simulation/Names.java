package io.bastion.ingest.simulation;

import java.util.List;

/** Plausible Chinese names of people, enterprises, industries and topics. */
final class Names
{
    private static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
            "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
            "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔",
            "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "傅", "方", "白", "邹", "孟", "熊", "秦");
    private static final String GIVEN_MALE = "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘";
    private static final String GIVEN_FEMALE = "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝丽阳妮宝贝初程梵罡恒鸿桦骅剑娇纪宽苛灵玛媚琪晴容睿烁堂唯威韦雯苇萱阅彦宇雨洋忠宗曼紫逸贤蝶菡绿蓝儿翠烟";
    private static final List<String> FIRST_WORDS = List.of(
            "华", "创", "博", "恒", "瑞", "鼎", "泰", "信", "宏", "远", "盛", "科", "润", "嘉", "新", "联", "汇", "晶",
            "德", "金", "天", "海", "中", "通", "智", "启", "英", "辰", "星", "安", "合", "力", "达", "丰", "元", "明");
    private static final List<String> SECOND_WORDS = List.of(
            "芯", "微", "达", "业", "源", "迅", "捷", "诚", "基", "磊", "威", "腾", "拓", "越", "驰", "能", "光", "峰",
            "维", "视", "锐", "屹", "晟", "鑫", "泽", "川", "图", "航", "凯", "成", "立", "和", "宇", "数", "禾", "康");
    private static final List<String> INDUSTRIES = List.of(
            "集成电路", "生物医药", "纳米技术", "人工智能", "高端装备制造", "新材料", "软件和信息服务", "现代物流",
            "金融服务", "文化创意", "电子商务", "检验检测", "新能源汽车零部件", "医疗器械");
    private static final List<String> COMPANY_SUFFIXES = List.of(
            "科技有限公司", "电子有限公司", "生物科技有限公司", "智能装备有限公司", "信息技术有限公司", "材料有限公司",
            "医药有限公司", "物流有限公司", "精密机械有限公司", "半导体有限公司", "软件有限公司", "新能源有限公司");

    private Names() {}

    static String person(boolean male, Dice dice)
    {
        String given = male ? GIVEN_MALE : GIVEN_FEMALE;
        StringBuilder name = new StringBuilder(dice.pick(SURNAMES));
        int length = dice.chance(0.7) ? 2 : 1;
        for (int i = 0; i < length; i++) {
            name.append(given.charAt(dice.between(0, given.length() - 1)));
        }
        return name.toString();
    }

    static String company(String parkName, Dice dice)
    {
        return parkName.substring(0, 2) + dice.pick(FIRST_WORDS) + dice.pick(SECOND_WORDS) + dice.pick(COMPANY_SUFFIXES);
    }

    static String industry(Dice dice)
    {
        return dice.pick(INDUSTRIES);
    }
}
