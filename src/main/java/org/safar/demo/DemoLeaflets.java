package org.safar.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safar.orgunits.OrgUnits;
import org.safar.portal.Audience;
import org.safar.portal.LeafletDraft;
import org.safar.portal.LeafletTopic;
import org.safar.portal.Leaflets;
import org.safar.portal.MrcProfile;
import org.safar.portal.PublicMrcs;
import org.safar.portal.TranslationDraft;

/**
 * The portal's demo content: leaflets written for Safar on the topics the programme's leaflets
 * cover (safe migration steps, recruitment costs, safety and health at work, an expiring visa), in
 * English, Russian and Dari, published; and a public profile (map position, directions) for each
 * demo MRC. Positions are city centres and the directions are invented, like the phone numbers.
 */
final class DemoLeaflets {

  private DemoLeaflets() {}

  static void load(Leaflets leaflets, PublicMrcs mrcs, OrgUnits orgUnits) {
    var scope = orgUnits.scopeOf(Set.of(orgUnits.network().id()));
    for (Leaflet l : LEAFLETS) {
      leaflets.loadPublished(
          new LeafletDraft("en", l.topics(), l.destinations(), l.audiences(), null),
          l.texts(),
          scope);
    }
    PLACES.forEach(
        (code, place) ->
            orgUnits
                .findByCode(code)
                .ifPresent(
                    unit ->
                        mrcs.saveProfile(
                            unit.id(),
                            new MrcProfile(
                                new BigDecimal(place[0]),
                                new BigDecimal(place[1]),
                                place[2],
                                true))));
  }

  /** Latitude, longitude, directions. */
  private static final Map<String, String[]> PLACES =
      Map.of(
          "MRC-KABUL",
              new String[] {
                "34.53420",
                "69.17830",
                "Ground floor of the ministry, entrance from the side street."
              },
          "MRC-DHAKA",
              new String[] {
                "23.81030",
                "90.41250",
                "Ask at the ministry's reception for the Migrant Resource Centre."
              },
          "MRC-CUMILLA",
              new String[] {"23.46070", "91.18090", "Next to the district employment office."},
          "MRC-BAGHDAD",
              new String[] {"33.31520", "44.36610", "Inside the ministry compound, building B."},
          "MRC-LAHORE",
              new String[] {"31.52040", "74.35870", "First floor, signposted from the main gate."},
          "MRC-ISLAMABAD",
              new String[] {"33.68440", "73.04790", "Visitors' entrance of the ministry, room 12."},
          "MRC-DUSHANBE",
              new String[] {"38.55980", "68.78700", "Ground floor, open without appointment."});

  record Leaflet(
      List<LeafletTopic> topics,
      List<String> destinations,
      List<Audience> audiences,
      List<TranslationDraft> texts) {}

  private static TranslationDraft text(String language, String title, String summary, String body) {
    return new TranslationDraft(language, title, summary, body, true);
  }

  static final List<Leaflet> LEAFLETS =
      List.of(
          new Leaflet(
              List.of(LeafletTopic.SAFE_MIGRATION, LeafletTopic.VISAS_DOCUMENTS),
              List.of("RU", "SA", "AE", "QA", "MY"),
              List.of(Audience.POTENTIAL, Audience.DEPARTING, Audience.FAMILIES),
              List.of(
                  text(
                      "en",
                      "Five steps to migrate safely for work",
                      "Before you leave: check the job, the employer and your papers, and keep copies at home.",
                      """
                      ## 1. Check the job offer
                      Ask for the offer in writing: employer, job, place, wage, hours and who pays the travel. A real job offer names all of these.

                      ## 2. Use a licensed agency
                      Only licensed recruitment agencies may send workers abroad. Ask the Migrant Resource Centre how to check a licence.

                      ## 3. Get the right visa
                      A tourist visa does **not** allow you to work. Working on it can mean a fine, detention or a ban on coming back.

                      ## 4. Keep your documents
                      Make copies of your passport, visa and contract. Leave one set with your family. Nobody, not even your employer, may keep your passport.

                      ## 5. Know who to call
                      Write down your embassy's number and the MRC hotline before you leave.
                      """),
                  text(
                      "ru",
                      "Пять шагов к безопасной трудовой миграции",
                      "Перед отъездом проверьте работу, работодателя и документы и оставьте копии дома.",
                      """
                      ## 1. Проверьте предложение о работе
                      Попросите предложение в письменном виде: работодатель, должность, место, зарплата, часы и кто оплачивает дорогу. В настоящем предложении всё это указано.

                      ## 2. Обращайтесь в лицензированное агентство
                      Отправлять работников за рубеж могут только лицензированные агентства по трудоустройству. Спросите в ресурсном центре, как проверить лицензию.

                      ## 3. Оформите правильную визу
                      Туристическая виза **не** даёт права работать. Работа по ней грозит штрафом, задержанием или запретом на въезд.

                      ## 4. Храните документы
                      Сделайте копии паспорта, визы и договора. Один комплект оставьте семье. Никто, даже работодатель, не вправе забирать ваш паспорт.

                      ## 5. Знайте, куда звонить
                      До отъезда запишите номер посольства и горячей линии ресурсного центра.
                      """),
                  text(
                      "fa-AF",
                      "پنج گام برای مهاجرت کاری مصئون",
                      "پیش از رفتن، وظیفه، کارفرما و اسناد خود را بررسی کنید و کاپی آن‌ها را در خانه بگذارید.",
                      """
                      ## ۱. پیشنهاد کار را بررسی کنید
                      پیشنهاد کار را به‌طور نوشتاری بخواهید: کارفرما، وظیفه، محل کار، معاش، ساعات کار و اینکه مصارف سفر را چه کسی می‌پردازد. یک پیشنهاد واقعی همه این‌ها را دارد.

                      ## ۲. از یک شرکت جواز‌دار استفاده کنید
                      تنها شرکت‌های استخدام جواز‌دار می‌توانند کارگران را به خارج بفرستند. از مرکز منابع مهاجرین بپرسید که جواز را چگونه بررسی کنید.

                      ## ۳. ویزه درست بگیرید
                      ویزه سیاحتی اجازه کار **نمی‌دهد**. کار کردن با آن ممکن است به جریمه، بازداشت یا منع ورود بیانجامد.

                      ## ۴. اسناد خود را نگه دارید
                      از پاسپورت، ویزه و قرارداد خود کاپی بگیرید. یک نسخه را نزد خانواده بگذارید. هیچ‌کس، حتی کارفرما، حق ندارد پاسپورت شما را نگه دارد.

                      ## ۵. بدانید به کجا زنگ بزنید
                      پیش از رفتن، نمبر سفارت و خط تلفن مرکز منابع مهاجرین را یادداشت کنید.
                      """))),
          new Leaflet(
              List.of(LeafletTopic.RECRUITMENT_COSTS, LeafletTopic.CONTRACTS_RIGHTS),
              List.of("SA", "AE", "QA", "KW", "MY"),
              List.of(Audience.POTENTIAL, Audience.DEPARTING),
              List.of(
                  text(
                      "en",
                      "Recruitment costs: what you should and should not pay",
                      "Many workers borrow large sums to pay agents. Know the fees, ask for receipts and never pay for a visa that is free.",
                      """
                      Workers who pay high recruitment fees often start abroad in debt, and debt makes it hard to leave a bad job.

                      - **Ask for a written list** of every fee before you pay anything.
                      - **Get a receipt** for every payment, with the agency's name and licence number.
                      - In many countries the **employer pays** for the visa, the work permit and the flight. Ask the MRC what the rules are for your destination.
                      - Never hand over your passport as a guarantee for a loan.
                      - If someone asks for money to "speed up" your visa, stop and call the MRC hotline.

                      Keep every paper. If something goes wrong, receipts help the MRC and the authorities to act.
                      """),
                  text(
                      "ru",
                      "Расходы на трудоустройство: что платить, а что нет",
                      "Многие работники берут большие долги, чтобы заплатить посредникам. Узнайте сборы, требуйте квитанции и не платите за бесплатную визу.",
                      """
                      Работники, заплатившие большие сборы за трудоустройство, часто начинают работу за рубежом с долгами, а долги мешают уйти с плохой работы.

                      - **Попросите письменный список** всех сборов до любой оплаты.
                      - **Берите квитанцию** за каждый платёж с названием агентства и номером лицензии.
                      - Во многих странах визу, разрешение на работу и перелёт **оплачивает работодатель**. Спросите в ресурсном центре, какие правила действуют в стране назначения.
                      - Никогда не отдавайте паспорт в залог за долг.
                      - Если у вас просят деньги, чтобы «ускорить» визу, остановитесь и позвоните на горячую линию центра.

                      Сохраняйте все бумаги. Если что-то пойдёт не так, квитанции помогут центру и властям.
                      """),
                  text(
                      "fa-AF",
                      "مصارف استخدام: چه چیزی را بپردازید و چه چیزی را نه",
                      "بسیاری از کارگران برای پرداخت به دلالان قرض‌های بزرگ می‌گیرند. فیس‌ها را بشناسید، رسید بخواهید و هرگز برای ویزه رایگان پول ندهید.",
                      """
                      کارگرانی که فیس‌های بلند استخدام می‌پردازند، اکثراً کار در خارج را با قرض آغاز می‌کنند و قرض ترک یک کار بد را دشوار می‌سازد.

                      - پیش از هر پرداخت، **فهرست نوشتاری** همه فیس‌ها را بخواهید.
                      - برای هر پرداخت **رسید بگیرید** که نام شرکت و نمبر جواز آن را داشته باشد.
                      - در بسیاری از کشورها ویزه، جواز کار و تکت طیاره را **کارفرما می‌پردازد**. از مرکز منابع مهاجرین درباره قواعد کشور مقصد بپرسید.
                      - هرگز پاسپورت خود را به حیث ضمانت قرض ندهید.
                      - اگر کسی برای «سریع ساختن» ویزه از شما پول خواست، دست نگه دارید و به خط تلفن مرکز زنگ بزنید.

                      همه کاغذها را نگه دارید. اگر مشکلی پیش آمد، رسیدها به مرکز و مقامات کمک می‌کنند.
                      """))),
          new Leaflet(
              List.of(LeafletTopic.OCCUPATIONAL_SAFETY, LeafletTopic.CONTRACTS_RIGHTS),
              List.of("RU", "KZ", "SA", "AE", "QA"),
              List.of(Audience.DEPARTING, Audience.ABROAD),
              List.of(
                  text(
                      "en",
                      "Safety and health at work abroad",
                      "Heat, heights and machines injure many migrant workers. You have the right to safe work, protective equipment and care after an accident.",
                      """
                      ## Before you start
                      Ask what protective equipment the job needs (helmet, gloves, harness, mask) and who provides it. Your employer must give it to you free of charge.

                      ## On hot days
                      Drink water often, rest in the shade, and stop if you feel dizzy or sick. Heat illness can kill.

                      ## If you are injured
                      - Get medical care first.
                      - Tell your employer in writing and keep a copy.
                      - Take photos and write down the names of witnesses.
                      - Contact your embassy or the MRC about compensation.

                      Nobody may punish you for reporting danger at work.
                      """),
                  text(
                      "ru",
                      "Охрана труда и здоровья на работе за рубежом",
                      "Жара, высота и машины травмируют многих трудовых мигрантов. У вас есть право на безопасный труд, средства защиты и лечение после несчастного случая.",
                      """
                      ## Перед началом работы
                      Спросите, какие средства защиты нужны (каска, перчатки, страховочный пояс, маска) и кто их выдаёт. Работодатель обязан выдать их бесплатно.

                      ## В жаркие дни
                      Часто пейте воду, отдыхайте в тени и прекращайте работу, если кружится голова или плохо. Тепловой удар может убить.

                      ## Если вы получили травму
                      - Сначала получите медицинскую помощь.
                      - Сообщите работодателю письменно и сохраните копию.
                      - Сделайте фотографии и запишите имена свидетелей.
                      - Обратитесь в посольство или ресурсный центр по поводу компенсации.

                      Никто не вправе наказывать вас за сообщение об опасности на работе.
                      """),
                  text(
                      "fa-AF",
                      "مصئونیت و صحت در کار در خارج",
                      "گرما، ارتفاع و ماشین‌آلات بسیاری از کارگران مهاجر را زخمی می‌کنند. شما حق کار مصئون، وسایل محافظتی و تداوی پس از حادثه را دارید.",
                      """
                      ## پیش از آغاز کار
                      بپرسید که کار به کدام وسایل محافظتی نیاز دارد (کلاه ایمنی، دستکش، کمربند ایمنی، ماسک) و چه کسی آن‌ها را می‌دهد. کارفرما باید آن‌ها را رایگان به شما بدهد.

                      ## در روزهای گرم
                      زیاد آب بنوشید، در سایه استراحت کنید و اگر سرتان چرخ می‌زند یا حالتان بد است، کار را متوقف کنید. گرمازدگی می‌تواند کشنده باشد.

                      ## اگر زخمی شدید
                      - اول تداوی شوید.
                      - به کارفرما به‌طور نوشتاری اطلاع دهید و کاپی آن را نگه دارید.
                      - عکس بگیرید و نام شاهدان را یادداشت کنید.
                      - برای جبران خسارت با سفارت یا مرکز منابع مهاجرین تماس بگیرید.

                      هیچ‌کس حق ندارد شما را به خاطر گزارش خطر در کار جزا دهد.
                      """))),
          new Leaflet(
              List.of(LeafletTopic.VISAS_DOCUMENTS, LeafletTopic.RETURN_REINTEGRATION),
              List.of("RU", "TR", "SA", "AE", "MY"),
              List.of(Audience.ABROAD, Audience.RETURNING),
              List.of(
                  text(
                      "en",
                      "Your visa is about to expire: what to do",
                      "Staying after your visa expires can mean fines and a ban. Act before the last day: extend, change status or plan your return.",
                      """
                      ## Check the date today
                      Look at the expiry date on your visa or residence card, not only on your passport.

                      ## Before it expires
                      - Ask your employer whether they will **renew your work permit**. The application usually has to be made before the expiry date.
                      - If there are no flights or you are ill, ask the immigration office or your embassy about an **extension**. Keep proof that you asked.
                      - If your passport is with the embassy or your employer, ask for a written receipt.

                      ## If it has already expired
                      Do not hide. Contact your embassy or the MRC: they can tell you how to leave legally and what fines apply. Leaving through smugglers is dangerous and can lead to a longer ban.
                      """),
                  text(
                      "ru",
                      "Срок визы заканчивается: что делать",
                      "Пребывание после окончания визы грозит штрафами и запретом на въезд. Действуйте до последнего дня: продлите визу, смените статус или спланируйте возвращение.",
                      """
                      ## Проверьте дату сегодня
                      Посмотрите срок действия визы или вида на жительство, а не только паспорта.

                      ## До окончания срока
                      - Спросите работодателя, **продлит ли он разрешение на работу**. Обычно заявление нужно подать до окончания срока.
                      - Если нет рейсов или вы больны, спросите в миграционной службе или посольстве о **продлении**. Сохраните подтверждение обращения.
                      - Если ваш паспорт в посольстве или у работодателя, попросите письменную расписку.

                      ## Если срок уже истёк
                      Не скрывайтесь. Обратитесь в посольство или ресурсный центр: там скажут, как уехать законно и какие штрафы грозят. Выезд через контрабандистов опасен и может привести к более долгому запрету.
                      """),
                  text(
                      "fa-AF",
                      "ویزه شما رو به ختم است: چه باید کرد",
                      "ماندن پس از ختم ویزه ممکن است به جریمه و منع ورود بیانجامد. پیش از روز آخر اقدام کنید: ویزه را تمدید کنید، وضعیت خود را تغییر دهید یا بازگشت خود را برنامه‌ریزی کنید.",
                      """
                      ## تاریخ را امروز بررسی کنید
                      تاریخ ختم ویزه یا کارت اقامت خود را ببینید، نه تنها تاریخ پاسپورت را.

                      ## پیش از ختم ویزه
                      - از کارفرما بپرسید که آیا **جواز کار شما را تمدید می‌کند**. معمولاً درخواست باید پیش از تاریخ ختم داده شود.
                      - اگر پرواز نیست یا مریض هستید، از اداره مهاجرت یا سفارت درباره **تمدید** بپرسید. ثبوت درخواست خود را نگه دارید.
                      - اگر پاسپورت شما نزد سفارت یا کارفرما است، رسید نوشتاری بخواهید.

                      ## اگر ویزه ختم شده است
                      پنهان نشوید. با سفارت یا مرکز منابع مهاجرین تماس بگیرید: آن‌ها می‌گویند که چگونه به‌طور قانونی بروید و چه جریمه‌ای دارد. رفتن از راه قاچاقبران خطرناک است و ممکن است منع ورود طولانی‌تر را در پی داشته باشد.
                      """))));
}
