package ca.harbour.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The API explorer (springdoc's Swagger UI, a developer tool in English): staff reach it from their home page in
 * either language, and once it has drawn the API, with an operation opened, axe finds no WCAG 2.1 AA violation.
 */
class ApiExplorerBrowserTests extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void staffOpenTheApiExplorerFromTheirHomeAndItIsAccessible(String lang) throws Exception {
        signIn("admin", lang);
        visit("/staff", lang);
        assertThat(driver.findElement(By.cssSelector("main a[href='/api/docs/ui']"))
                        .getText())
                .isEqualTo("fr".equals(lang) ? "Explorateur de l'API (en anglais)" : "API explorer");
        click(By.cssSelector("main a[href='/api/docs/ui']"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("en");
        BrowserSession.assertAccessible(driver, "API explorer (from the " + lang + " staff home)");
        click(By.cssSelector(".opblock-summary-control"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-body")));
        BrowserSession.assertAccessible(driver, "API explorer with an operation open");
        screenshots("api-explorer-" + lang);
    }
}
