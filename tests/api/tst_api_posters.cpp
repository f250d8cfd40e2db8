// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QPainter>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

const QString Password = u"correct horse battery"_s;

// An image of this size and format, drawn (a gradient and a shape, so encoders have work).
QByteArray imageFile(int width, int height, const char *format, bool alpha = false)
{
    QImage image(width, height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(alpha ? Qt::transparent : Qt::white);
    QPainter p(&image);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, Qt::darkBlue);
    gradient.setColorAt(1, Qt::yellow);
    p.fillRect(QRect(0, 0, width, height / 2), gradient);
    p.setBrush(Qt::red);
    p.drawEllipse(QRect(width / 4, height / 4, width / 2, height / 2));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    out += type + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(QByteArray(type + data)), crc.data());
    return out + crc;
}

// A PNG whose header says width × height (no pixel data follows): what a decompression bomb
// looks like before it is decoded.
QByteArray pngHeaderOnly(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // truecolour
    const QByteArray emptyDeflate("\x78\x9c\x03\x00\x00\x00\x00\x01", 8);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr)
            + pngChunk("IDAT", emptyDeflate) + pngChunk("IEND", {});
}

} // namespace

// The posters of the contract (issue 14) over real HTTP: images checked by decoding and
// re-encoded at most 1000 px high, ETag and 304, what is refused and why, admins only.
class TestApiPosters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_server.reset(); }
    void storedReencoded_data();
    void storedReencoded();
    void refused_data();
    void refused();
    void conditionalGet();
    void hasPosterAndRemove();
    void onlyAdminsChange();

private:
    HttpClient::Response put(qint64 film, const QByteArray &body, const QByteArray &type,
                             const QByteArray &token = {}) const;
    HttpClient::Response get(qint64 film, const QByteArray &ifNoneMatch = {}) const;
    std::unique_ptr<TestServer> m_server;
    QByteArray m_admin;
    QByteArray m_user;
};

void TestApiPosters::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_admin = m_server->registerToken(u"admin@example.com"_s, Password);
    m_user = m_server->registerToken(u"ada@example.com"_s, Password);
}

HttpClient::Response TestApiPosters::put(qint64 film, const QByteArray &body,
                                         const QByteArray &type, const QByteArray &token) const
{
    HttpClient::Request r;
    r.method = "PUT";
    r.target = "/moviedata/" + QByteArray::number(film) + "/poster";
    r.body = body;
    r.json = false;
    r.headers << qMakePair(QByteArray("Authorization"),
                           "Bearer " + (token.isEmpty() ? m_admin : token));
    if (!type.isEmpty())
        r.headers << qMakePair(QByteArray("Content-Type"), type);
    return m_server->client().send(r);
}

HttpClient::Response TestApiPosters::get(qint64 film, const QByteArray &ifNoneMatch) const
{
    HttpClient::Request r;
    r.target = "/moviedata/" + QByteArray::number(film) + "/poster";
    r.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_user);
    if (!ifNoneMatch.isEmpty())
        r.headers << qMakePair(QByteArray("If-None-Match"), ifNoneMatch);
    return m_server->client().send(r);
}

void TestApiPosters::storedReencoded_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("storedType");
    QTest::addColumn<QSize>("storedSize");
    QTest::newRow("jpeg, tall: scaled to 1000 px high")
            << imageFile(1200, 1800, "jpeg") << QByteArray("image/jpeg") << QByteArray("image/jpeg")
            << QSize(667, 1000); // 666.7, rounded
    QTest::newRow("png, small: kept as large")
            << imageFile(300, 450, "png") << QByteArray("image/png") << QByteArray("image/jpeg")
            << QSize(300, 450);
    QTest::newRow("png with transparency: stays png")
            << imageFile(400, 2000, "png", true) << QByteArray("image/png")
            << QByteArray("image/png") << QSize(200, 1000);
    QTest::newRow("webp") << imageFile(500, 750, "webp") << QByteArray("image/webp")
                          << QByteArray("image/jpeg") << QSize(500, 750);
    // The type sent is not what decides: the bytes are.
    QTest::newRow("a jpeg sent as png") << imageFile(200, 300, "jpeg") << QByteArray("image/png")
                                        << QByteArray("image/jpeg") << QSize(200, 300);
}

void TestApiPosters::storedReencoded()
{
    QFETCH(QByteArray, file);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, storedType);
    QFETCH(QSize, storedSize);
    QVERIFY(!file.isEmpty()); // the encoder for the format is installed
    QCOMPARE(put(12, file, type).status, 204);
    const auto r = get(12);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), storedType);
    QVERIFY(r.header("etag").startsWith('"'));
    QImage stored;
    QVERIFY(stored.loadFromData(r.body));
    QCOMPARE(stored.size(), storedSize);
    QCOMPARE(stored.hasAlphaChannel(), storedType == "image/png");
    // The same image again: the same ETag.
    const QByteArray etag = r.header("etag");
    QCOMPARE(put(12, file, type).status, 204);
    QCOMPARE(get(12).header("etag"), etag);
}

void TestApiPosters::refused_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray jpeg = imageFile(600, 900, "jpeg");
    QTest::newRow("text named png") << QByteArray("just some text, honestly\n")
                                    << QByteArray("image/png") << 400 << u"not_an_image"_s;
    QTest::newRow("truncated jpeg")
            << jpeg.left(jpeg.size() / 3) << QByteArray("image/jpeg") << 400 << u"not_an_image"_s;
    QTest::newRow("a gif (not a poster format)")
            << QByteArray("GIF89a\x0a\x00\x0f\x00\x00\x00\x00;", 14) << QByteArray("image/png")
            << 400 << u"not_an_image"_s;
    // A text chunk that claims 2 GiB: libpng would allocate it while reading the header.
    QByteArray lying = pngHeaderOnly(10, 10);
    lying.insert(8 + 25, QByteArray("\x7f\xff\xff\x00tEXtabc", 11));
    QTest::newRow("a chunk longer than the file")
            << lying << QByteArray("image/png") << 400 << u"not_an_image"_s;
    QTest::newRow("20,000 x 20,000 (header only)")
            << pngHeaderOnly(20'000, 20'000) << QByteArray("image/png") << 400
            << u"image_too_large"_s;
    QTest::newRow("10,001 px wide")
            << pngHeaderOnly(10'001, 10) << QByteArray("image/png") << 400 << u"image_too_large"_s;
    QTest::newRow("not an image type")
            << jpeg << QByteArray("text/plain") << 415 << u"unsupported_media_type"_s;
    QTest::newRow("no type") << jpeg << QByteArray() << 415 << u"unsupported_media_type"_s;
    QTest::newRow("over 8 MiB") << QByteArray(8 * 1024 * 1024 + 1, 'x') << QByteArray("image/png")
                                << 413 << u"payload_too_large"_s;
}

void TestApiPosters::refused()
{
    QFETCH(QByteArray, file);
    QFETCH(QByteArray, type);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto r = put(12, file, type);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value("code"_L1).toString(), code);
    if (QByteArrayView(QTest::currentDataTag()) == "a chunk longer than the file") // before libpng
        QVERIFY(r.json().value("detail"_L1).toString().contains(u"claims more bytes"_s));
    QCOMPARE(get(12).json().value("code"_L1).toString(), u"no_poster"_s); // nothing stored
}

void TestApiPosters::conditionalGet()
{
    QCOMPARE(put(7, imageFile(300, 450, "jpeg"), "image/jpeg").status, 204);
    const QByteArray etag = get(7).header("etag");
    QVERIFY(!etag.isEmpty());
    const auto same = get(7, etag);
    QCOMPARE(same.status, 304);
    QVERIFY(same.body.isEmpty());
    QCOMPARE(same.header("etag"), etag);
    QCOMPARE(get(7, "W/" + etag).status, 304);
    QCOMPARE(get(7, "\"other\", " + etag).status, 304);
    QCOMPARE(get(7, "*").status, 304);
    QCOMPARE(get(7, "\"other\"").status, 200);
    // A new image: the old tag no longer matches.
    QCOMPARE(put(7, imageFile(320, 480, "png"), "image/png").status, 204);
    const auto changed = get(7, etag);
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.header("etag") != etag);
    // A film without a poster, or no film at all, says so even when asked conditionally.
    QCOMPARE(get(8, etag).json().value("code"_L1).toString(), u"no_poster"_s);
    QCOMPARE(get(999'999, etag).json().value("code"_L1).toString(), u"not_found"_s);
}

void TestApiPosters::hasPosterAndRemove()
{
    const auto page = [&] {
        return m_server->client()
                .get("/moviedata?sort=added&pageSize=5", m_user)
                .json()
                .value("items"_L1)
                .toArray();
    };
    const qint64 film = page().at(2).toObject().value("id"_L1).toInteger();
    QCOMPARE(page().at(2).toObject().value("hasPoster"_L1), QJsonValue(false));
    QCOMPARE(put(film, imageFile(300, 450, "jpeg"), "image/jpeg").status, 204);
    // The list page cached before says so too now.
    QCOMPARE(page().at(2).toObject().value("hasPoster"_L1), QJsonValue(true));
    QCOMPARE(page().at(1).toObject().value("hasPoster"_L1), QJsonValue(false));
    QCOMPARE(m_server->client()
                     .get("/moviedata/" + QByteArray::number(film), m_user)
                     .json()
                     .value("hasPoster"_L1),
             QJsonValue(true));
    HttpClient::Request remove;
    remove.method = "DELETE";
    remove.target = "/moviedata/" + QByteArray::number(film) + "/poster";
    remove.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_admin);
    QCOMPARE(m_server->client().send(remove).status, 204);
    QCOMPARE(get(film).json().value("code"_L1).toString(), u"no_poster"_s);
    QCOMPARE(page().at(2).toObject().value("hasPoster"_L1), QJsonValue(false));
    QCOMPARE(m_server->client().send(remove).json().value("code"_L1).toString(), u"no_poster"_s);
    // A film's poster goes with the film.
    QCOMPARE(put(film, imageFile(300, 450, "jpeg"), "image/jpeg").status, 204);
    HttpClient::Request removeFilm;
    removeFilm.method = "DELETE";
    removeFilm.target = "/moviedata/" + QByteArray::number(film);
    removeFilm.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_admin);
    QCOMPARE(m_server->client().send(removeFilm).status, 204);
    QCOMPARE(get(film).json().value("code"_L1).toString(), u"not_found"_s);
    QCOMPARE(put(999'999, imageFile(30, 45, "jpeg"), "image/jpeg").json().value("code"_L1),
             QJsonValue(u"not_found"_s));
}

void TestApiPosters::onlyAdminsChange()
{
    QCOMPARE(put(3, imageFile(300, 450, "jpeg"), "image/jpeg", m_user).status, 403);
    QCOMPARE(put(3, imageFile(300, 450, "jpeg"), "image/jpeg").status, 204);
    HttpClient::Request remove;
    remove.method = "DELETE";
    remove.target = "/moviedata/3/poster";
    remove.headers << qMakePair(QByteArray("Authorization"), "Bearer " + m_user);
    QCOMPARE(m_server->client().send(remove).status, 403);
    QCOMPARE(get(3).status, 200);
    // Signed out: nothing at all.
    QCOMPARE(m_server->client().get("/moviedata/3/poster").status, 401);
}

QTEST_GUILESS_MAIN(TestApiPosters)
#include "tst_api_posters.moc"
