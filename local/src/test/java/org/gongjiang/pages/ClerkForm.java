package org.gongjiang.pages;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.gongjiang.testing.TestFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The enterprise clerk's nomination form as a person fills it, and the files a clerk uploads with it. */
final class ClerkForm {

    static final String CREDIT_CODE = PageCampaigns.CREDIT_CODE;

    private ClerkForm() {
    }

    /** A resident identity number of Qingdao (370211) born on the date, with its right check character. */
    static String identityNumber(String yyyymmdd, String sequence) {
        String first17 = "370211" + yyyymmdd + sequence;
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static WebElement field(Browser browser, String name) {
        return browser.driver().findElement(By.id("f-" + name));
    }

    static void type(Browser browser, String name, String text) {
        WebElement control = field(browser, name);
        control.clear();
        control.sendKeys(text);
    }

    /** Fills every field of a valid nomination (the nominee's birth date by script: a date input's keys depend on the locale). */
    static void fillValidForm(Browser browser, String nomineeName, String idNumber, String birthDate) {
        fillValidForm(browser, nomineeName, idNumber, birthDate, CREDIT_CODE);
    }

    static void fillValidForm(Browser browser, String nomineeName, String idNumber, String birthDate, String creditCode) {
        new Select(field(browser, "category")).selectByValue("craftsman");
        type(browser, "name", nomineeName);
        type(browser, "idNumber", idNumber);
        new Select(field(browser, "sex")).selectByValue("M");
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                field(browser, "birthDate"), birthDate);
        type(browser, "mobile", "13912345678");
        type(browser, "trade", "船体装配工");
        new Select(field(browser, "industry")).selectByValue("shipbuilding");
        type(browser, "region", "370211");
        type(browser, "yearsInTrade", "21");
        type(browser, "patents", "4");
        if (!field(browser, "frontLine").isSelected()) {
            field(browser, "frontLine").click();
        }
        type(browser, "awards", "全国技术能手");
        type(browser, "citation", "扎根船坞二十一年，主持攻克大型集装箱船分段精度控制难题。");
        type(browser, "enterpriseName", "青岛北海造船有限公司");
        type(browser, "creditCode", creditCode);
        type(browser, "contactName", "王丽");
        type(browser, "contactMobile", "13687654321");
        if (!field(browser, "publishProfile").isSelected()) {
            field(browser, "publishProfile").click();
        }
    }

    /** A portrait JPEG without metadata. */
    static Path photo() {
        try {
            BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = image.createGraphics();
            graphics.setColor(new Color(0x3a5f8a));
            graphics.fillRect(0, 0, 300, 400);
            graphics.setColor(new Color(0xf2d3b3));
            graphics.fillOval(90, 80, 120, 150);
            graphics.dispose();
            Path file = Files.createTempFile("nominee-photo", ".jpg");
            ImageIO.write(image, "jpg", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal PDF: a nomination form. */
    static Path document() {
        try {
            Path file = Files.createTempFile("nomination-form", ".pdf");
            Files.writeString(file, """
                    %PDF-1.4
                    1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                    2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                    trailer << /Root 1 0 R >>
                    %%EOF
                    """, StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG straight from a phone: EXIF with the GPS position where it was taken. */
    static Path photoWithGpsPosition() {
        try {
            Path file = Files.createTempDirectory("phone-photo").resolve("nominee-photo.jpg");
            Files.write(file, TestFiles.jpegWithGps());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
