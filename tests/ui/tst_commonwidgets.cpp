#include "common/Card.h"
#include "common/EmptyState.h"
#include "common/Icons.h"
#include "common/PageHeader.h"
#include "common/RefreshWhenShown.h"
#include "common/Theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace bearings::ui;
using namespace Qt::Literals::StringLiterals;

class TestCommonWidgets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lightAndDarkPalettesKeepTextReadable()
    {
        for (const bool dark : {false, true}) {
            const QPalette p = Theme::palette(dark);
            const int text = p.color(QPalette::WindowText).lightness();
            const int window = p.color(QPalette::Window).lightness();
            QVERIFY2(std::abs(text - window) > 150, dark ? "dark" : "light");
            QCOMPARE(dark, window < text);
            QVERIFY(std::abs(p.color(QPalette::HighlightedText).lightness() - p.color(QPalette::Highlight).lightness())
                > 60);
        }
    }

    void applyFollowsTheRequestedMode()
    {
        Theme::apply(*qApp, Theme::Mode::Dark);
        QVERIFY(Theme::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window), Theme::palette(true).color(QPalette::Window));
        Theme::apply(*qApp, Theme::Mode::Light);
        QVERIFY(!Theme::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window), Theme::palette(false).color(QPalette::Window));
    }

    void typeScaleIsOrdered()
    {
        const auto size = [](Theme::TextStyle s) { return Theme::font(s).pointSizeF(); };
        QVERIFY(size(Theme::TextStyle::PageTitle) > size(Theme::TextStyle::SectionTitle));
        QVERIFY(size(Theme::TextStyle::SectionTitle) > size(Theme::TextStyle::Body));
        QVERIFY(size(Theme::TextStyle::Body) > size(Theme::TextStyle::Caption));
    }

    void iconsAreTintedWithThePalette()
    {
        Theme::apply(*qApp, Theme::Mode::Light);
        const QImage light = Icons::icon(u"journal"_s).pixmap(QSize(48, 48)).toImage();
        Theme::apply(*qApp, Theme::Mode::Dark);
        const QImage dark = Icons::icon(u"journal"_s).pixmap(QSize(48, 48)).toImage();
        QCOMPARE(light.size(), QSize(48, 48));
        QVERIFY(light != dark);
        // The darkest drawn pixel in light mode is close to the light text colour.
        const QColor textLight = Theme::palette(false).color(QPalette::WindowText);
        bool found = false;
        for (int y = 0; y < light.height() && !found; ++y)
            for (int x = 0; x < light.width() && !found; ++x) {
                const QColor c = light.pixelColor(x, y);
                found = c.alpha() == 255 && std::abs(c.red() - textLight.red()) < 8
                    && std::abs(c.blue() - textLight.blue()) < 8;
            }
        QVERIFY(found);
        Theme::apply(*qApp, Theme::Mode::Light);
    }

    void everyIconInTheSetLoads()
    {
        for (const auto &name : {u"dashboard"_s, u"journal"_s, u"boundaries"_s, u"checkins"_s, u"assessment"_s,
                 u"messages"_s, u"safetyplan"_s, u"lock"_s, u"quickexit"_s, u"bearings"_s}) {
            const QImage image = Icons::icon(name).pixmap(QSize(24, 24)).toImage();
            int drawn = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    drawn += image.pixelColor(x, y).alpha() > 0 ? 1 : 0;
            QVERIFY2(drawn > 20, qPrintable(name));
        }
    }

    void pageHeaderShowsTitleAndHidesEmptySubtitle()
    {
        PageHeader header(u"Journal"_s);
        header.show();
        auto *subtitle = header.findChild<QLabel *>(u"pageSubtitle"_s);
        QVERIFY(subtitle);
        QVERIFY(!subtitle->isVisible());
        header.setSubtitle(u"A private record."_s);
        QVERIFY(subtitle->isVisible());
        QCOMPARE(header.subtitle(), u"A private record."_s);
        QCOMPARE(header.title(), u"Journal"_s);
        QVERIFY(header.findChild<QLabel *>(u"pageTitle"_s)->font().pointSizeF() > header.font().pointSizeF());
    }

    void emptyStateActionIsHiddenUntilSet()
    {
        EmptyState state(u"journal"_s, u"Nothing here"_s, u"Add your first note."_s);
        state.show();
        QVERIFY(!state.actionButton()->isVisible());
        QPushButton *button = state.setAction(u"Add a note"_s);
        QVERIFY(button->isVisible());
        QCOMPARE(button->accessibleName(), u"Add a note"_s);
        QSignalSpy clicked(button, &QPushButton::clicked);
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(state.accessibleName(), u"Nothing here"_s);
    }

    void cardTitleFollowsSetTitle()
    {
        Card card(u"Follow-through"_s);
        card.show();
        QCOMPARE(card.accessibleName(), u"Follow-through"_s);
        card.setTitle(QString());
        QVERIFY(!card.findChild<QLabel *>(u"cardTitle"_s)->isVisible());
        card.body()->addWidget(new QLabel(u"80%"_s));
        QCOMPARE(card.body()->count(), 1);
    }

    // A hidden page refreshes once when shown, however often it was asked to;
    // a shown page refreshes at once.
    void refreshWhenShownWaitsForTheFirstShow()
    {
        QWidget page;
        int refreshes = 0;
        auto *refresher = new RefreshWhenShown(&page, [&refreshes] { ++refreshes; });
        refresher->request();
        refresher->request();
        QCOMPARE(refreshes, 0);
        QVERIFY(refresher->isStale());

        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(refreshes, 1);
        QVERIFY(!refresher->isStale());
        refresher->request();
        QCOMPARE(refreshes, 2);

        page.hide();
        page.show();
        QCOMPARE(refreshes, 2); // nothing changed while hidden
        page.hide();
        refresher->request();
        QCOMPARE(refreshes, 2);
        page.show();
        QCOMPARE(refreshes, 3);
    }
};

QTEST_MAIN(TestCommonWidgets)
#include "tst_commonwidgets.moc"
