package org.safar.demo;

import java.time.LocalDate;
import org.safar.news.NewsDraft;
import org.safar.news.NewsItem;
import org.safar.news.NewsItems;
import org.safar.news.NewsKind;
import org.safar.news.NewsStatus;

/**
 * A few published news items and a story, in our own words on facts from the programme documents
 * (the Dushanbe MRC agreement, a media training for the Migration Service, the counselling
 * results).
 */
final class DemoNews {

  private DemoNews() {}

  static void load(NewsItems news) {
    NewsItem mou =
        news.create(
            item(
                "en",
                NewsKind.NEWS,
                "Tajikistan and ICMPD agree to open a Migrant Resource Centre in Dushanbe",
                "The Ministry of Labour, Migration and Employment of Population and ICMPD agreed"
                    + " on a memorandum that prepares a Migrant Resource Centre in Dushanbe.",
                "On 10 September 2020 the ministry and ICMPD met to deepen their cooperation."
                    + " The centre is part of the EU-funded *Improving Migration Management in the"
                    + " Silk Routes Countries* project.\n\n"
                    + "It will give people who plan to work abroad timely and reliable information"
                    + " before they leave.",
                "2020-09-11",
                null));
    news.create(
        item(
            "ru",
            NewsKind.NEWS,
            "Таджикистан и МЦРМП договорились открыть Центр ресурсов для мигрантов в Душанбе",
            "Министерство труда, миграции и занятости населения и МЦРМП согласовали меморандум о"
                + " создании Центра ресурсов для мигрантов в Душанбе.",
            "10 сентября 2020 года министерство и МЦРМП обсудили более тесное сотрудничество."
                + " Центр создаётся в рамках финансируемого ЕС проекта по управлению миграцией"
                + " в странах Шёлкового пути.",
            "2020-09-11",
            mou.id()));
    news.create(
        item(
            "fa-AF",
            NewsKind.NEWS,
            "تاجیکستان و ICMPD برای گشایش مرکز منابع مهاجران در دوشنبه توافق کردند",
            "وزارت کار، مهاجرت و اشتغال تاجیکستان و ICMPD روی تفاهم‌نامه‌ای برای ایجاد مرکز منابع"
                + " مهاجران در دوشنبه توافق کردند.",
            "این مرکز بخشی از پروژهٔ مدیریت مهاجرت در کشورهای راه ابریشم است که اتحادیهٔ اروپا"
                + " هزینهٔ آن را می‌پردازد.",
            "2020-09-11",
            mou.id()));
    news.create(
        item(
            "en",
            NewsKind.STORY,
            "Journalists and the Migration Service talk about how media shape migration",
            "A training in Dushanbe, part of a monthly series for the Migration Service, looked at"
                + " the role of the media.",
            "The PROTECT project, funded by the EU, runs a monthly training series on migration"
                + " themes. This session brought together officials to discuss how reporting"
                + " shapes what people believe about migrating.",
            "2021-11-20",
            null));
    news.create(
        item(
            "en",
            NewsKind.NEWS,
            "Counselling halves the intention to migrate irregularly",
            "Among people counselled at MRCs of the Silk Routes programme, the likelihood of"
                + " emigrating irregularly fell from 21 % to 8 %.",
            "MRCs counselled some 295,000 people individually. Those who planned to migrate"
                + " regularly rose from 73.2 % to 79.9 % after counselling.",
            "2022-03-01",
            null));
  }

  private static NewsDraft item(
      String language,
      NewsKind kind,
      String title,
      String summary,
      String body,
      String date,
      Long translationOf) {
    return new NewsDraft(
        language,
        kind,
        title,
        summary,
        body,
        LocalDate.parse(date),
        NewsStatus.PUBLISHED,
        translationOf,
        null,
        false);
  }
}
