import type { CreateNotificationDTO } from "@medusajs/framework/types"

/**
 * The messages the shop sends, each written once in Chinese and English. `content` is what an email provider sends;
 * the local provider logs `template` and `data`.
 */

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

function html(lines: string[]): string {
  return lines.map((line) => `<p>${line}</p>`).join("\n")
}

export type CoopInviteData = { url: string; cooperative_zh: string; cooperative_en: string; expires_at: string }

/** "You are invited to run <co-op> in the Tarim Market co-op portal": the link sets the invitee's password. */
export function coopInviteNotification(to: string, data: CoopInviteData): CreateNotificationDTO {
  const url = escape(data.url)
  return {
    to,
    channel: "email",
    template: "coop-invite",
    data,
    content: {
      subject: `邀请您管理 ${data.cooperative_zh} · Invitation to run ${data.cooperative_en} on Tarim Market`,
      html: html([
        `您被邀请在塔里木集市合作社后台管理「${escape(data.cooperative_zh)}」的商品、库存和发货。`,
        `请打开链接设置密码：<a href="${url}">${url}</a>（${escape(data.expires_at.slice(0, 10))} 前有效）`,
        `You are invited to run ${escape(data.cooperative_en)}'s products, stock and shipments in the Tarim Market co-op portal.`,
        `Open the link to set your password: <a href="${url}">${url}</a> (valid until ${escape(data.expires_at.slice(0, 10))}).`,
      ]),
    },
  }
}

export type OrderShippedData = {
  order_id: string
  display_id: number
  url: string
  carrier: string
  tracking_number: string
  cooperative_zh: string
  cooperative_en: string
  items: string[]
}

/** "Your parcel from <co-op> has shipped", with carrier and tracking number. */
export function orderShippedNotification(to: string, data: OrderShippedData): CreateNotificationDTO {
  const items = escape(data.items.join("、"))
  const tracking = `${escape(data.carrier)} ${escape(data.tracking_number)}`
  return {
    to,
    channel: "email",
    template: "order-shipped",
    data,
    resource_id: data.order_id,
    resource_type: "order",
    content: {
      subject: `订单 #${data.display_id} 已发货 · Order #${data.display_id} has shipped`,
      html: html([
        `${escape(data.cooperative_zh)} 已发出您的包裹：${items}。快递：${tracking}`,
        `${escape(data.cooperative_en)} has shipped your parcel: ${items}. Carrier and tracking number: ${tracking}`,
        `<a href="${escape(data.url)}">${escape(data.url)}</a>`,
      ]),
    },
  }
}

export type OrderPlacedData = {
  order_id: string
  display_id: number
  url: string
  /** Each line: title, variant and quantity, and the day it ships from when it is a pre-sale. */
  items: { title: string; quantity: number; ships_on: string | null }[]
}

/** "We have your order #N": its lines, a pre-sale with the day it ships from, and the link to the order page. */
export function orderPlacedNotification(to: string, data: OrderPlacedData): CreateNotificationDTO {
  const zh = data.items.map((i) => `${escape(i.title)} × ${i.quantity}${i.ships_on ? `（预售，${escape(i.ships_on)} 起发货）` : ""}`)
  const en = data.items.map((i) => `${escape(i.title)} × ${i.quantity}${i.ships_on ? ` (pre-sale, ships from ${escape(i.ships_on)})` : ""}`)
  return {
    to,
    channel: "email",
    template: "order-placed",
    data,
    resource_id: data.order_id,
    resource_type: "order",
    content: {
      subject: `订单 #${data.display_id} 已收到 · We have your order #${data.display_id}`,
      html: html([
        `感谢您的订单：${zh.join("、")}。合作社发货后我们会再通知您。`,
        `Thank you for your order: ${en.join(", ")}. We will tell you when the cooperatives ship it.`,
        `<a href="${escape(data.url)}">${escape(data.url)}</a>`,
      ]),
    },
  }
}

export type CoopPasswordResetData = { url: string; expires_minutes: number }

/** "Set a new password for the co-op portal": the link carries Medusa's reset token. */
export function coopPasswordResetNotification(to: string, data: CoopPasswordResetData): CreateNotificationDTO {
  const url = escape(data.url)
  return {
    to,
    channel: "email",
    template: "coop-password-reset",
    data,
    content: {
      subject: "重设合作社后台密码 · Reset your co-op portal password",
      html: html([
        `请在 ${data.expires_minutes} 分钟内打开链接设置新密码：<a href="${url}">${url}</a>。如果不是您本人操作，请忽略这封邮件。`,
        `Open the link within ${data.expires_minutes} minutes to set a new password: <a href="${url}">${url}</a>. If you did not ask for this, ignore this email.`,
      ]),
    },
  }
}
