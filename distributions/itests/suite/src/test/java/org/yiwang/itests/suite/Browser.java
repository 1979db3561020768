package org.yiwang.itests.suite;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the UI tests: Debian's headless chromium driven through its chromedriver
 * (both installed by {@code .ci/run}; nothing is downloaded). Screenshots go to
 * {@code target/screenshots}, downloads to a fresh folder.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final String base;
    private final Path downloads;
    private final Path screenshots;

    private Browser(ChromeDriver driver, String base, Path downloads, Path screenshots) {
        this.driver = driver;
        this.base = base;
        this.downloads = downloads;
        this.screenshots = screenshots;
    }

    static Browser start(int port) throws IOException {
        for (String file : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!new File(file).canExecute()) {
                throw new IllegalStateException(file + " is missing: apt-get install -y chromium chromium-driver");
            }
        }
        Path profile = Files.createTempDirectory("yiwang-chromium");
        Path downloads = Files.createTempDirectory("yiwang-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // the flags that keep chromium quiet on a machine without internet (see the machine notes)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        Path shots = Path.of(System.getProperty("yiwang.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        return new Browser(driver, "http://localhost:" + port, downloads, shots);
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement await(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element's text contains {@code text}; returns the element. */
    WebElement awaitText(String css, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css));
    }

    void awaitGone(String css) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    void awaitPath(String path) {
        new WebDriverWait(driver, WAIT).until(d -> path().equals(path));
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void click(String css) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Replaces the input's text as a user would (select all, delete, type), so the page sees every keystroke. */
    void type(String css, String text) {
        WebElement input = await(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** Picks the option with this text in an Element Plus select (its list opens in a popup on the page body). */
    void choose(String selectCss, String option) {
        click(selectCss);
        String item = "//li[contains(@class,'el-select-dropdown__item')][normalize-space(.)='" + option + "']";
        WebElement li = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(item)));
        // the list is still sliding open: click the option itself rather than whatever is at its point now
        script("arguments[0].scrollIntoView({block: 'nearest'}); arguments[0].click();", li);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOf(li));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Logs in through the login page and waits for the landing page. */
    void login(String username, String password, String landing) {
        open("/login");
        type("#yw-login-username", username);
        type("#yw-login-password", password);
        click(".yw-login-submit");
        awaitPath(landing);
    }

    void logout() {
        click(".yw-logout");
        new WebDriverWait(driver, WAIT).until(d -> present(".yw-login-link") || present("#yw-login-username"));
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Saves a screenshot of the viewport as {@code target/screenshots/<name>.png}, after letting CSS
     * transitions and chart animations finish (a picture for the docs, not a timing assertion).
     */
    Path screenshot(String name) throws IOException, InterruptedException {
        Thread.sleep(1200);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = screenshots.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Waits for a finished download whose name contains {@code part}. */
    Path awaitDownload(String part) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().contains(part)
                        && !f.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    @Override
    public void close() {
        driver.quit();
    }
}
