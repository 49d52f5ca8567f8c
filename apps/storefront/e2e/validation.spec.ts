import { addToCart, expect, fillAddress, orderCount, shot, test } from "./helpers"

test("an invalid phone and an empty address show field errors and create no order", async ({ page }, testInfo) => {
  const ordersBefore = await orderCount()
  await addToCart(page, "green-raisins", "500 g")
  await page.goto("/checkout")
  await fillAddress(page, { email: "checker@example.com", name: "张三", phone: "12345", province: "", city: "", district: "", street: "" })
  await page.getByRole("radio", { name: /普通快递/ }).check()
  await page.getByRole("button", { name: "提交订单" }).click()

  await expect(page.locator("#checkout-message")).toHaveText("有 5 处信息需要修改，请查看下方提示。")
  const phone = page.getByLabel("手机号码")
  await expect(phone).toHaveAttribute("aria-invalid", "true")
  await expect(phone).toHaveAccessibleDescription(/请输入 11 位中国大陆手机号/)
  for (const label of ["省 / 自治区 / 直辖市", "城市", "区 / 县", "详细地址"]) {
    const field = page.getByLabel(label)
    await expect(field).toHaveAttribute("aria-invalid", "true")
    await expect(field).toHaveAccessibleDescription(/请填写此项/)
  }
  await expect(page.getByLabel("收货人姓名")).not.toHaveAttribute("aria-invalid", "true")
  await expect(page).toHaveURL(/\/checkout$/)
  await shot(page, testInfo, "01-field-errors")

  // Fixing only the phone still leaves the address errors and still creates nothing.
  await phone.fill("1381234567")
  await page.getByRole("button", { name: "提交订单" }).click()
  await expect(phone).toHaveAttribute("aria-invalid", "true")
  await shot(page, testInfo, "02-still-invalid")
  expect(await orderCount()).toBe(ordersBefore)
})
